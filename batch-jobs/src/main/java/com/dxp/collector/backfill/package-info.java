/**
 * Backfill of historical conversation details as Jakarta Batch jobs (windows over an interval, checkpointed,
 * restartable). The job artifacts here depend only on port interfaces, so they run unchanged on Liberty and
 * in Java SE tests with JBeret; the app module implements the ports. Built by issue #7.
 */
package com.dxp.collector.backfill;
