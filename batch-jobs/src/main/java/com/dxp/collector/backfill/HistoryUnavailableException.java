package com.dxp.collector.backfill;

/** A transient failure of the history API (a 5xx, a timeout): retryable, the chunk retries the same call. */
public class HistoryUnavailableException extends RuntimeException {

    public HistoryUnavailableException(String message) {
        super(message);
    }

    public HistoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
