/**
 * The {@code conversationBackfill} job: loads the conversation history of one tenant for a period, in windows
 * that run as parallel partitions, through the analytics query endpoint (recent data) or asynchronous analytics
 * jobs (data before the data-availability date). The job talks to the world only through the ports
 * {@link com.dxp.collector.backfill.ConversationHistory}, {@link com.dxp.collector.backfill.ConversationSink} and
 * {@link com.dxp.collector.backfill.BackfillProgress}, which the app implements; that keeps the job testable in
 * Java SE and free of the gateway's and the store's types.
 */
package com.dxp.collector.backfill;
