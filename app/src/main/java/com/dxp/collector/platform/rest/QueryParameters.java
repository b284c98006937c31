package com.dxp.collector.platform.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the query parameters every read endpoint shares, with one wording for their 400s: Genesys ids (UUIDs,
 * normalized to lower case), true/false flags, and enumerated values, accepted in any case. An absent or empty
 * parameter is absent.
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

    /** One of an enum's constants in any case ({@code ok}, {@code Ok}, {@code OK}), or absent (null). */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                + " (in any case).");
    }

    /** One of the given words in any case, as the word is written in the list, or absent (null). */
    public static String oneOf(String name, String value, List<String> words) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return words.stream().filter(w -> w.equalsIgnoreCase(value.trim())).findFirst().orElseThrow(() ->
                ProblemException.badRequest(name + " must be one of " + String.join(", ", words) + " (in any case)."));
    }

    /**
     * A code word such as a type name ({@code INBOUNDCALL}): letters, digits and underscores, at most {@code max},
     * upper-cased as Genesys writes such names; or absent (null). Genesys adds new ones, so no list is checked.
     */
    public static String upperCode(String name, String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String code = value.trim();
        if (code.isEmpty() || code.length() > max || !code.chars().allMatch(c -> c == '_'
                || (c < 128 && Character.isLetterOrDigit(c)))) {
            throw ProblemException.badRequest(name + " must be a word of letters, digits and underscores (at most "
                    + max + ").");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
