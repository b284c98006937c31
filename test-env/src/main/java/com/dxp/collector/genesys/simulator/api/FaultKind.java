package com.dxp.collector.genesys.simulator.api;

/** The misbehaviours the simulator can inject, each one a failure the collector must survive in production. */
public enum FaultKind {
    /** Delay before the request is served (fixed or uniformly random); combines with other faults. */
    LATENCY,
    /** 429 {@code too.many.requests} with {@code Retry-After}, independent of the token's real budget. */
    RATE_LIMIT_STORM,
    /** A 5xx status with a Genesys error body. */
    SERVER_ERROR,
    /** The connection is closed without any response. */
    CONNECTION_RESET,
    /** The request is held open, then dropped without a response. */
    TIMEOUT,
    /** The normal status with a body that is not JSON. */
    MALFORMED_BODY,
    /** The normal status with only the first half of the body. */
    TRUNCATED_BODY
}
