package com.dxp.collector.genesys.simulator.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as an endpoint sees it: already routed and, for {@code /api/v2}, authenticated.
 *
 * @param method        HTTP method
 * @param path          decoded request path
 * @param rawQuery      raw query string or null
 * @param pathParams    values of the route template's {@code {placeholders}}
 * @param query         decoded query parameters
 * @param body          request body bytes (possibly empty)
 * @param authorization the {@code Authorization} header or null
 * @param grant         the caller's token grant; null on {@code /oauth/token}
 * @param now           the simulator clock's instant for this request
 */
record ApiCall(String method, String path, String rawQuery, Map<String, String> pathParams,
               Map<String, List<String>> query, byte[] body, String authorization, Grant grant, Instant now) {

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    int intParam(String name, int defaultValue) {
        String value = param(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("The value of " + name + " must be an integer.");
        }
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }
}
