package com.dxp.collector.directory;

/** A transient failure of the directory API (a 5xx, a timeout): the chunk retries the same call. */
public class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message) {
        super(message);
    }

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
