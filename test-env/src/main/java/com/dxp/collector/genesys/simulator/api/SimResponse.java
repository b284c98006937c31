package com.dxp.collector.genesys.simulator.api;

import java.util.HashMap;
import java.util.Map;

/**
 * A response before it goes on the wire, so the fault injector can still corrupt it and the dispatcher can add
 * the correlation and rate-limit headers in one place.
 *
 * @param status  HTTP status
 * @param headers extra response headers
 * @param body    JSON body, or null for none
 */
record SimResponse(int status, Map<String, String> headers, byte[] body) {

    static SimResponse json(int status, byte[] body) {
        return new SimResponse(status, Map.of(), body);
    }

    static SimResponse ok(byte[] body) {
        return json(200, body);
    }

    static SimResponse noContent() {
        return new SimResponse(204, Map.of(), null);
    }

    SimResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(headers);
        all.putAll(more);
        return new SimResponse(status, all, body);
    }

    SimResponse withBody(byte[] replacement) {
        return new SimResponse(status, headers, replacement);
    }
}
