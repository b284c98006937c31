package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;
import java.util.Objects;

/**
 * One injected misbehaviour of the simulated service, for the requests it matches ({@code method} or "*", and a
 * path prefix or "*"), with a probability and optionally only for its first {@code times} hits. Build one with a
 * factory ({@link #serverError(int)}, {@link #timeout(Duration)}...) and narrow it with {@link #on(String, String)},
 * {@link #withProbability(double)} and {@link #times(int)}.
 *
 * @param kind              what happens
 * @param method            HTTP method, or "*" for any
 * @param pathPrefix        request path prefix, or "*" for any {@code /oauth} and {@code /api} path
 * @param probability       chance per matching request, 0 to 1
 * @param status            status of {@link FaultKind#SERVER_ERROR}
 * @param minLatency        least added delay of {@link FaultKind#LATENCY}
 * @param maxLatency        most added delay of {@link FaultKind#LATENCY} (equal to min for a fixed delay)
 * @param retryAfterSeconds {@code Retry-After} of {@link FaultKind#RATE_LIMIT_STORM}
 * @param hold              how long {@link FaultKind#TIMEOUT} keeps the request open before dropping it
 * @param times             how many requests the fault hits before it retires; 0 for no limit
 */
public record Fault(FaultKind kind, String method, String pathPrefix, double probability, int status,
                    Duration minLatency, Duration maxLatency, int retryAfterSeconds, Duration hold, int times) {

    public Fault {
        Objects.requireNonNull(kind, "kind");
        method = method == null ? "*" : method;
        pathPrefix = pathPrefix == null ? "*" : pathPrefix;
        minLatency = minLatency == null ? Duration.ZERO : minLatency;
        maxLatency = maxLatency == null ? minLatency : maxLatency;
        hold = hold == null ? Duration.ZERO : hold;
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
        if (maxLatency.compareTo(minLatency) < 0) {
            throw new IllegalArgumentException("maxLatency must not be below minLatency");
        }
        if (kind == FaultKind.SERVER_ERROR && (status < 500 || status > 599)) {
            throw new IllegalArgumentException("a server error needs a 5xx status");
        }
        if (times < 0) {
            throw new IllegalArgumentException("times must be 0 (unlimited) or more");
        }
    }

    private static Fault of(FaultKind kind) {
        return new Fault(kind, "*", "*", 1.0, 0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, 0);
    }

    public static Fault latency(Duration delay) {
        return of(FaultKind.LATENCY).withLatency(delay, delay);
    }

    public static Fault randomLatency(Duration min, Duration max) {
        return of(FaultKind.LATENCY).withLatency(min, max);
    }

    /** 429 {@code too.many.requests} with {@code Retry-After}, as when the platform sheds load. */
    public static Fault rateLimitStorm(int retryAfterSeconds) {
        return new Fault(FaultKind.RATE_LIMIT_STORM, "*", "*", 1.0, 0, null, null, retryAfterSeconds, null, 0);
    }

    /** 500, 502, 503 or 504 with a Genesys error body. */
    public static Fault serverError(int status) {
        return new Fault(FaultKind.SERVER_ERROR, "*", "*", 1.0, status, null, null, 0, null, 0);
    }

    public static Fault connectionReset() {
        return of(FaultKind.CONNECTION_RESET);
    }

    /** Holds the request open for {@code hold} (make it longer than the client's timeout), then drops it. */
    public static Fault timeout(Duration hold) {
        return new Fault(FaultKind.TIMEOUT, "*", "*", 1.0, 0, null, null, 0, hold, 0);
    }

    public static Fault malformedBody() {
        return of(FaultKind.MALFORMED_BODY);
    }

    public static Fault truncatedBody() {
        return of(FaultKind.TRUNCATED_BODY);
    }

    public Fault on(String onMethod, String onPathPrefix) {
        return new Fault(kind, onMethod, onPathPrefix, probability, status, minLatency, maxLatency,
                retryAfterSeconds, hold, times);
    }

    public Fault withProbability(double value) {
        return new Fault(kind, method, pathPrefix, value, status, minLatency, maxLatency, retryAfterSeconds, hold,
                times);
    }

    public Fault times(int count) {
        return new Fault(kind, method, pathPrefix, probability, status, minLatency, maxLatency, retryAfterSeconds,
                hold, count);
    }

    private Fault withLatency(Duration min, Duration max) {
        return new Fault(kind, method, pathPrefix, probability, status, min, max, retryAfterSeconds, hold, times);
    }

    boolean matches(String requestMethod, String path) {
        boolean methodMatches = "*".equals(method) || method.equalsIgnoreCase(requestMethod);
        boolean pathMatches = "*".equals(pathPrefix) || path.startsWith(pathPrefix);
        return methodMatches && pathMatches;
    }
}
