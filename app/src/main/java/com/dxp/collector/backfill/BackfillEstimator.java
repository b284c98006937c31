package com.dxp.collector.backfill;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out what a backfill will cost from its windows and a daily volume: the conversations expected, the API calls
 * (pages of each query window; submission, polls and pages of each job; and the one count per whole ended day the
 * run's reconciliation makes at its end) and the minutes at the tenant's budget. Pure, so its arithmetic has a test.
 */
final class BackfillEstimator {

    /** Days of a period whose count is probed at most: the first, the middle and the last. */
    static final int MAX_PROBED_DAYS = 3;

    private final int queryPageSize;
    private final int jobPageSize;
    private final int pollsPerJob;

    BackfillEstimator(int queryPageSize, int jobPageSize, int pollsPerJob) {
        this.queryPageSize = Math.max(1, queryPageSize);
        this.jobPageSize = Math.max(1, jobPageSize);
        this.pollsPerJob = Math.max(0, pollsPerJob);
    }

    /**
     * The estimate of a plan.
     *
     * @param perDay the daily volume assumed; null when unknown (conversations and pages then count as none)
     * @param basis  where the volume comes from
     * @param today  the start of the current UTC day: days from it on are not reconciled
     */
    BackfillEstimate estimate(List<BackfillWindow> windows, Instant from, Instant to, Long perDay, String basis,
            int requestsPerMinute, Instant today) {
        long total = 0;
        long calls = 0;
        int query = 0;
        for (BackfillWindow w : windows) {
            long n = perDay == null ? 0 : Math.round(perDay * (w.length().toSeconds() / 86_400.0));
            total += n;
            if (w.method() == BackfillWindow.Method.QUERY) {
                query++;
                calls += Math.max(1, ceil(n, queryPageSize));
            } else {
                calls += 1 + pollsPerJob + Math.max(1, ceil(n, jobPageSize));
            }
        }
        calls += reconciledDays(from, to, today);
        int rpm = Math.max(1, requestsPerMinute);
        return new BackfillEstimate(windows.size(), query, windows.size() - query, perDay, basis, total, calls, rpm,
                Math.round(calls * 10.0 / rpm) / 10.0, 0);
    }

    /** Whole UTC days in {@code [from, to)} that have ended by {@code today}: the run reconciles each with a count. */
    static long reconciledDays(Instant from, Instant to, Instant today) {
        Instant first = from.truncatedTo(ChronoUnit.DAYS);
        if (first.isBefore(from)) {
            first = first.plus(Duration.ofDays(1));
        }
        Instant end = to.truncatedTo(ChronoUnit.DAYS).isBefore(today) ? to.truncatedTo(ChronoUnit.DAYS) : today;
        return first.isBefore(end) ? Duration.between(first, end).toDays() : 0;
    }

    /**
     * The days whose count stands for the period's daily volume: every ended UTC day the period touches when there
     * are at most three, else its first, middle and last (weekdays and weekends differ too much for one day to
     * speak for a week); the last full day when the period lies within today.
     */
    static List<Instant> probedDays(Instant from, Instant to, Instant today) {
        Instant first = from.truncatedTo(ChronoUnit.DAYS);
        Instant lastExclusive = to.isAfter(today) ? today : to;
        List<Instant> days = new ArrayList<>();
        for (Instant d = first; d.isBefore(lastExclusive); d = d.plus(Duration.ofDays(1))) {
            days.add(d);
        }
        if (days.isEmpty()) {
            return List.of(today.minus(Duration.ofDays(1)));
        }
        if (days.size() <= MAX_PROBED_DAYS) {
            return days;
        }
        return List.of(days.get(0), days.get(days.size() / 2), days.get(days.size() - 1));
    }

    private static long ceil(long n, int per) {
        return (n + per - 1) / per;
    }
}
