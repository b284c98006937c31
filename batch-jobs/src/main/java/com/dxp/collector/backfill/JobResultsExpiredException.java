package com.dxp.collector.backfill;

/** The results of an analytics job are gone; the reader submits a new job for what it has not read yet. */
public class JobResultsExpiredException extends RuntimeException {

    public JobResultsExpiredException(String message) {
        super(message);
    }

    public JobResultsExpiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
