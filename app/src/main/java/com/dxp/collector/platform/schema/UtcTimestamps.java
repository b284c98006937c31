package com.dxp.collector.platform.schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as entities keep them in {@code TIMESTAMP WITH TIME ZONE} columns: offset date-times in UTC, the type
 * Jakarta Persistence 3.1 maps on every driver ({@code Instant} is not one of its basic types), cut to the
 * microsecond both databases store, so a value reads back equal to what was written.
 */
public final class UtcTimestamps {

    private UtcTimestamps() {
    }

    /** The column value of an instant; null for null. */
    public static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The instant of a column value; null for null. */
    public static Instant instant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
