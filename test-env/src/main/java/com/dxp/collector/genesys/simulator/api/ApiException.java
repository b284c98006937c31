package com.dxp.collector.genesys.simulator.api;

import java.util.List;
import java.util.Map;

/**
 * A request the simulated API refuses, carrying what the standard Genesys {@code ErrorBody} needs; thrown by the
 * endpoints and rendered once by {@link ErrorBodies}, so no handler writes error JSON itself.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;
    private final boolean rateLimitDetail;

    ApiException(int status, String code, String message, Map<String, String> headers, boolean rateLimitDetail) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
        this.rateLimitDetail = rateLimitDetail;
    }

    ApiException(int status, String code, String message) {
        this(status, code, message, Map.of(), false);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad.request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not.found", message);
    }

    static ApiException missingAnyPermissions(List<String> permissions) {
        return new ApiException(403, "missing.any.permissions",
                "Unable to perform the requested action. You must have at least one of the following permissions "
                        + "assigned: " + permissions);
    }

    static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(429, "too.many.requests", message,
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))), false);
    }

    static ApiException rateLimited(int limit, long retryAfterSeconds) {
        return new ApiException(429, "too.many.requests",
                "Rate limit exceeded the maximum [" + limit + "] requests within [60] seconds",
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))), true);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }

    boolean rateLimitDetail() {
        return rateLimitDetail;
    }
}
