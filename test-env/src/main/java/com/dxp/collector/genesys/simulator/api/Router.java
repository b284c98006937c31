package com.dxp.collector.genesys.simulator.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps method and path to an endpoint by path template ({@code /api/v2/groups/{groupId}/members}); the template
 * also names the endpoint in the request log, so counts do not depend on ids. Literal routes must be added before
 * templated ones that would shadow them.
 */
final class Router {

    /** A route: method, template, and what serves it. */
    record Route(String method, String template, Endpoint endpoint) {

        String endpointKey() {
            return method + " " + template;
        }

        boolean isApi() {
            return template.startsWith("/api/v2/");
        }
    }

    /** The routing outcome: a route with its path parameters, or why there is none. */
    record Match(Route route, Map<String, String> pathParams, boolean pathKnown) {

        boolean found() {
            return route != null;
        }

        String endpointKey(String method) {
            return found() ? route.endpointKey() : method + (pathKnown ? " (method not allowed)" : " (unknown)");
        }
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, template, endpoint));
        return this;
    }

    Match match(String method, String path) {
        String[] segments = split(path);
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = bind(split(route.template()), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(method)) {
                return new Match(route, params, true);
            }
            pathKnown = true;
        }
        return new Match(null, Map.of(), pathKnown);
    }

    private static Map<String, String> bind(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), segments[i]);
            } else if (!t.equals(segments[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }
}
