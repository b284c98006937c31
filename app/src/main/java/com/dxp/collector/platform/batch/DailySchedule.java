package com.dxp.collector.platform.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A once-a-day slot (UTC) of a scheduled job: due from the slot on until a scheduled run has started since it. A
 * server that was down at the slot starts the run when it comes back, and a second server sees the run the first
 * one started (run records are in the shared database) and does not start another.
 *
 * @param at the time of day, UTC
 */
public record DailySchedule(LocalTime at) {

    /** The account name scheduled runs are recorded under. */
    public static final String REQUESTED_BY = "schedule";

    /** Whether a run is due at {@code now}, given when the last scheduled run was asked for. */
    public boolean due(Instant now, Optional<Instant> lastScheduled) {
        Instant slot = LocalDate.ofInstant(now, ZoneOffset.UTC).atTime(at).toInstant(ZoneOffset.UTC);
        return !now.isBefore(slot) && lastScheduled.map(t -> t.isBefore(slot)).orElse(true);
    }

    /** Parses {@code HH:mm}; a clear message names the key when it is not a time. */
    public static DailySchedule parse(String key, String value) {
        try {
            return new DailySchedule(LocalTime.parse(value.trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a time of day such as 02:30, was '" + value + "'", e);
        }
    }
}
