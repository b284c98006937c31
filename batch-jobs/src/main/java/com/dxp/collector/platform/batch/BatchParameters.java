package com.dxp.collector.platform.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Parses job parameters (which arrive as strings) into values, with an {@link IllegalArgumentException} that names
 * the parameter and the expected form. Jobs validate up front so a typo fails the start, not a partition an hour in.
 */
public final class BatchParameters {

    private BatchParameters() {
    }

    /** A required UUID. */
    public static UUID uuid(String name, String value) {
        String text = required(name, value);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a UUID, was '" + text + "'", e);
        }
    }

    /** A required ISO-8601 instant such as {@code 2026-05-01T00:00:00Z}. */
    public static Instant instant(String name, String value) {
        String text = required(name, value);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO-8601 instant such as 2026-05-01T00:00:00Z, was '" + text + "'", e);
        }
    }

    /** A positive ISO-8601 duration such as {@code PT3S}; {@code fallback} when absent. */
    public static Duration duration(String name, String value, Duration fallback) {
        if (absent(value)) {
            return fallback;
        }
        Duration parsed;
        try {
            parsed = Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO-8601 duration such as PT1H or P1D, was '" + value + "'", e);
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return parsed;
    }

    /** A positive int; {@code fallback} when absent. */
    public static int positiveInt(String name, String value, int fallback) {
        if (absent(value)) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
        if (parsed < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + parsed);
        }
        return parsed;
    }

    /** A required, non-blank value. */
    public static String required(String name, String value) {
        if (absent(value)) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
