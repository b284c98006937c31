package com.dxp.collector.genesys;

/**
 * Genesys could not be reached or kept failing (timeouts, connection errors, 5xx, unreadable bodies) after the
 * bounded retries; the work may be tried again later.
 */
public class GenesysUnavailableException extends GenesysException {

    private final String errorCode;

    public GenesysUnavailableException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public GenesysUnavailableException(String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** The last HTTP status or failure kind, for example {@code 503} or {@code timeout}. */
    public String errorCode() {
        return errorCode;
    }
}
