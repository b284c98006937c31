package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;

/**
 * Slow analytics jobs on demand: while set, a job submitted stays QUEUED this much longer than the settings say, as
 * real jobs do when Genesys's analytics is busy. Jobs already submitted keep their timing.
 */
final class SlowJobs {

    private volatile Duration extraQueued = Duration.ZERO;

    void queueFor(Duration extra) {
        if (extra.isNegative()) {
            throw new IllegalArgumentException("extra queueing must not be negative: " + extra);
        }
        extraQueued = extra;
    }

    /** How long a job submitted now stays QUEUED, given the settings' {@code queuedFor}. */
    Duration queuedFor(Duration queuedFor) {
        return queuedFor.plus(extraQueued);
    }
}
