package com.dxp.collector.backfill;

/** A permanent refusal (a 400 or 403, a failed or cancelled job, a window too large to page): not retryable, it fails the window's partition with this message. */
public class HistoryRefusedException extends RuntimeException {

    public HistoryRefusedException(String message) {
        super(message);
    }

    public HistoryRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
