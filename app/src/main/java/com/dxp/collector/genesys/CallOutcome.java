package com.dxp.collector.genesys;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * How one exchange with Genesys ended, in the classes an operator acts on: a 401 means the credential, a 403 a
 * permission, a 429 the budget, a 5xx or a timeout Genesys itself. The metric tag {@code outcome} and the tenant
 * health's figures of the last hour both use these names.
 */
public enum CallOutcome {
    /** 2xx. */
    SUCCESS("2xx"),
    /** 401: the token or the credential behind it was refused. */
    UNAUTHORIZED("401"),
    /** 403: a permission is missing. */
    FORBIDDEN("403"),
    /** 429: over the org's rate limit. */
    RATE_LIMITED("429"),
    /** Any other 4xx (a 404 is an answer, not a fault, for some calls). */
    CLIENT_ERROR("4xx"),
    /** 5xx. */
    SERVER_ERROR("5xx"),
    /** No answer within the read or connect timeout. */
    TIMEOUT("timeout"),
    /** No answer at all: the connection failed. */
    UNREACHABLE("unreachable");

    private final String tag;

    CallOutcome(String tag) {
        this.tag = tag;
    }

    /** The name in metrics and in the health document. */
    public String tag() {
        return tag;
    }

    /** Whether the outcome says something is wrong (a 4xx other than 401/403/429 may be the caller's business). */
    public boolean fault() {
        return this != SUCCESS && this != CLIENT_ERROR;
    }

    /** The outcome of an answered call. */
    public static CallOutcome of(int status) {
        if (status >= 200 && status < 300) {
            return SUCCESS;
        }
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : SERVER_ERROR;
        };
    }

    /** The outcome of a call that got no answer: a timeout anywhere in the causes, or else a failed connection. */
    public static CallOutcome of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException) {
                return TIMEOUT;
            }
        }
        return UNREACHABLE;
    }
}
