/**
 * What the app adds to Jakarta Batch for its long-running jobs (backfill, directory sync): the run records and
 * figures operators read, and starting, stopping and restarting runs through the job operator.
 */
package com.dxp.collector.platform.batch;
