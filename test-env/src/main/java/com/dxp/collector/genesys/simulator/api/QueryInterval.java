package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The ISO-8601 {@code start/end} interval of an analytics query, end exclusive, with the UTC-day arithmetic of the
 * details index: a query sees every conversation that starts on a UTC day the interval touches.
 *
 * @param start inclusive start
 * @param end   exclusive end, after start
 */
record QueryInterval(Instant start, Instant end) {

    static QueryInterval parse(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("An interval is required.");
        }
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw ApiException.badRequest("The interval must be two ISO-8601 instants separated by '/': " + text);
        }
        Instant start = instant(parts[0]);
        Instant end = instant(parts[1]);
        if (!end.isAfter(start)) {
            throw ApiException.badRequest("The interval end must be after its start: " + text);
        }
        return new QueryInterval(start, end);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Invalid interval instant: " + text.trim());
        }
    }

    Duration length() {
        return Duration.between(start, end);
    }

    /** Start of the first UTC day the interval touches. */
    Instant firstDayStart() {
        return start.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    /** Start of the UTC day after the last one the interval touches (the end itself is exclusive). */
    Instant lastDayEnd() {
        Instant lastIncluded = end.minusNanos(1);
        return lastIncluded.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
    }
}
