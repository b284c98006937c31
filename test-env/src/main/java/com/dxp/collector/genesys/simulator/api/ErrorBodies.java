package com.dxp.collector.genesys.simulator.api;

import java.util.Map;

/**
 * Renders the standard Genesys {@code ErrorBody} (message, code, status, contextId, details, errors) that every
 * non-OAuth error of the simulated API carries, so all refusals look alike to the collector and the SDK.
 */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static SimResponse response(ApiException e, String contextId, int requestsPerMinute) {
        byte[] body = Json.write(g -> {
            g.writeStartObject()
                    .write("message", e.getMessage())
                    .write("code", e.code())
                    .write("status", e.status())
                    .write("contextId", contextId)
                    .writeStartArray("details").writeEnd()
                    .writeStartArray("errors").writeEnd();
            if (e.rateLimitDetail()) {
                g.writeStartObject("limit")
                        .write("key", RateLimiter.LIMIT_KEY)
                        .write("namespace", "platform.api")
                        .write("value", requestsPerMinute)
                        .writeEnd();
            }
            g.writeEnd();
        });
        return new SimResponse(e.status(), Map.copyOf(e.headers()), body);
    }
}
