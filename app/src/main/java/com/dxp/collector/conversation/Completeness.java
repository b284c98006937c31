package com.dxp.collector.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * How complete one record of a conversation is, in the order the store ranks records: an ended one beats a live one,
 * then the one whose segments ended later, then the one fetched later. Two records of equal completeness are treated
 * as the same record, so storing one twice changes nothing.
 */
public record Completeness(boolean ended, Instant lastSegmentEnd, Instant fetchedAt) implements Comparable<Completeness> {

    private static final Comparator<Completeness> ORDER = Comparator.comparing(Completeness::ended)
            .thenComparing(Completeness::lastSegmentEnd, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Completeness::fetchedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Instants to the microsecond, as the database keeps them, so a stored record equals itself read back. */
    public Completeness {
        lastSegmentEnd = lastSegmentEnd == null ? null : lastSegmentEnd.truncatedTo(ChronoUnit.MICROS);
        fetchedAt = fetchedAt == null ? null : fetchedAt.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public int compareTo(Completeness other) {
        return ORDER.compare(this, other);
    }

    /** True when this record should replace {@code stored}. */
    public boolean supersedes(Completeness stored) {
        return compareTo(stored) > 0;
    }
}
