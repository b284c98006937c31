package com.dxp.collector.genesys;

/**
 * Base of the typed failures of a Genesys call, so callers can tell "the credential is bad" from "try later"
 * without parsing messages. Messages never contain a secret or a token.
 */
public abstract class GenesysException extends RuntimeException {

    protected GenesysException(String message) {
        super(message);
    }

    protected GenesysException(String message, Throwable cause) {
        super(message, cause);
    }
}
