package com.dxp.collector.genesys;

/**
 * The token endpoint refused the client (400/401: wrong id or secret, deleted or revoked client), or a fresh
 * token was refused by the API. Retrying cannot help; an operator has to fix the credential.
 */
public class CredentialsRejectedException extends GenesysException {

    private final String errorCode;

    public CredentialsRejectedException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The OAuth or API error code, for example {@code invalid_client} or {@code bad.credentials}. */
    public String errorCode() {
        return errorCode;
    }
}
