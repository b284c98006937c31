package com.dxp.collector.platform.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A half-open time window {@code [from, to)} from query parameters, bounded so that no read scans an unbounded
 * range. Instants are ISO-8601 with an offset ({@code 2026-11-01T00:00:00Z}).
 */
public record TimeWindow(Instant from, Instant to) {

    /**
     * Reads a required window; missing, unreadable, reversed or longer-than-{@code longest} windows are 400s.
     */
    public static TimeWindow required(String from, String to, Duration longest) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw ProblemException.badRequest("from and to are required (ISO-8601 instants, such as"
                    + " 2026-11-01T00:00:00Z).");
        }
        return bounded(instant("from", from), instant("to", to), longest);
    }

    /**
     * Reads an optional window: absent bounds are open ({@code null}), so only a window given in full is checked
     * against {@code longest}.
     */
    public static TimeWindow optional(String from, String to, Duration longest) {
        Instant f = from == null || from.isBlank() ? null : instant("from", from);
        Instant t = to == null || to.isBlank() ? null : instant("to", to);
        if (f != null && t != null) {
            return bounded(f, t, longest);
        }
        return new TimeWindow(f, t);
    }

    private static TimeWindow bounded(Instant from, Instant to, Duration longest) {
        if (!to.isAfter(from)) {
            throw ProblemException.badRequest("to must be after from.");
        }
        if (Duration.between(from, to).compareTo(longest) > 0) {
            throw ProblemException.badRequest("The window from " + from + " to " + to + " is longer than the "
                    + longest.toDays() + " days one request may cover: split it.");
        }
        return new TimeWindow(from, to);
    }

    private static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant with an offset, such as"
                    + " 2026-11-01T00:00:00Z.");
        }
    }

    /** A stable text form for cursor scopes. */
    public String scope() {
        return from + ".." + to;
    }
}
