package com.dxp.collector.health;

import com.dxp.collector.platform.rest.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A tenant's health, from good to bad; {@link #PAUSED} stands apart: nothing is collected, by an operator's choice
 * or because the tenant was never verified.
 */
public enum HealthStatus {
    /** Collecting, nothing wrong. */
    OK,
    /** Collecting, but data arrives later than it should (a silent stream, a backlog, completeness behind). */
    LATE,
    /** Collecting, with faults that cost data or need an operator (errors, 429s, failed runs, quarantine). */
    DEGRADED,
    /** Not collecting what it should: credentials or permissions refused, a long silence. */
    ERROR,
    /** Not collecting on purpose: disabled, or not verified yet. */
    PAUSED;

    /** The status an operator named (any case); a name that is none is a 400 listing the statuses. */
    static HealthStatus parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status must be one of "
                        + Arrays.toString(values()) + "."));
    }

    /** The worse of two statuses (PAUSED above all). */
    HealthStatus worse(HealthStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
