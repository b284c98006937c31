/**
 * What every job of this module needs when it calls a port: counting API calls, waiting out a postponement
 * (a rate limit with a long Retry-After) without failing, and ending such waits early when the job is stopped;
 * plus the parsing of job parameters with messages that name the parameter. Kept here once so the backfill and
 * directory jobs do not each carry a copy.
 */
package com.dxp.collector.platform.batch;
