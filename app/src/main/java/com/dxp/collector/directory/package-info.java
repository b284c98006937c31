/**
 * The directory: a tenant's Genesys Cloud users and groups with their membership, as the last sync saw them.
 * Entities a sync no longer finds are marked removed, never deleted, so conversations that name them still resolve.
 * This package reads them for the API; the sync job (issue #7) writes them.
 */
package com.dxp.collector.directory;
