package com.dxp.collector.platform.rest;

import java.util.UUID;

/**
 * Reads the query parameters every read endpoint shares, with one wording for their 400s: Genesys ids (UUIDs,
 * normalized to lower case) and true/false flags. An absent or empty parameter is absent.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A Genesys id; anything else cannot match a row and is most likely a mistake. */
    public static String genesysId(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Ids.parse(value).map(UUID::toString)
                .orElseThrow(() -> ProblemException.badRequest(name + " must be a Genesys id (a UUID)."));
    }

    /** {@code true}, {@code false}, or absent (null). */
    public static Boolean optionalFlag(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name + " must be true or false.");
        };
    }
}
