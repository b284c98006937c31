/**
 * Loading a tenant's conversation history: the app's side of the {@code conversationBackfill} batch job (the
 * history source over the Genesys gateway on the backfill lane, the store as its sink, run records) and the admin
 * API that estimates, starts, watches, stops and restarts runs.
 */
package com.dxp.collector.backfill;
