package com.dxp.collector.backfill;

import com.dxp.collector.backfill.BackfillWindow.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Splits a backfill period into windows. Windows of a size that divides a day are aligned to UTC multiples of it,
 * so two backfills of overlapping periods read the same windows (and the query's whole-day answers are reused
 * within a day); other sizes run consecutively from the start. In {@link BackfillStrategy#AUTO} no window straddles
 * the data-availability date: jobs before it, the query after it.
 */
public final class BackfillWindowPlanner {

    /** The longest interval the query endpoint accepts without a filter. */
    public static final Duration MAX_QUERY_WINDOW = Duration.ofDays(7);

    /** More windows than this is almost certainly a mistaken windowSize; it would also flood the job repository. */
    public static final int MAX_WINDOWS = 5_000;

    /** The window size when none is given, for both methods. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

    private BackfillWindowPlanner() {
    }

    /**
     * The windows of {@code [from, to)}.
     *
     * @param availability asked only for {@link BackfillStrategy#AUTO}, and once
     * @throws IllegalArgumentException if the period is empty, a query window would be longer than 7 days, or
     *     there would be more than {@link #MAX_WINDOWS} windows
     */
    public static List<BackfillWindow> plan(Instant from, Instant to, BackfillStrategy strategy, Duration windowSize,
            Supplier<Instant> availability) {
        return plan(from, to, strategy, windowSize, windowSize, availability);
    }

    /**
     * The windows of {@code [from, to)}, query windows of {@code windowSize} and job windows of
     * {@code jobWindowSize}: a job has no paging cap and each costs a submission and status polls, so history read
     * with jobs goes best in larger windows.
     *
     * @param jobWindowSize null: the same as {@code windowSize}
     */
    public static List<BackfillWindow> plan(Instant from, Instant to, BackfillStrategy strategy, Duration windowSize,
            Duration jobWindowSize, Supplier<Instant> availability) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, was from=" + from + " to=" + to);
        }
        Duration size = windowSize == null ? DEFAULT_WINDOW : windowSize;
        if (size.isNegative() || size.isZero()) {
            throw new IllegalArgumentException("windowSize must be positive, was " + size);
        }
        Duration jobSize = jobWindowSize == null ? size : jobWindowSize;
        if (jobSize.isNegative() || jobSize.isZero()) {
            throw new IllegalArgumentException("jobWindowSize must be positive, was " + jobSize);
        }
        List<BackfillWindow> windows = new ArrayList<>();
        switch (strategy) {
            case QUERY -> split(from, to, Method.QUERY, size, windows);
            case JOBS -> split(from, to, Method.JOBS, jobSize, windows);
            case AUTO -> {
                Instant boundary = clamp(availability.get(), from, to);
                split(from, boundary, Method.JOBS, jobSize, windows);
                split(boundary, to, Method.QUERY, size, windows);
            }
        }
        return windows;
    }

    private static void split(Instant from, Instant to, Method method, Duration size, List<BackfillWindow> into) {
        if (!from.isBefore(to)) {
            return;
        }
        if (method == Method.QUERY && size.compareTo(MAX_QUERY_WINDOW) > 0) {
            throw new IllegalArgumentException("windowSize " + size + " is longer than the 7 days a query window may"
                    + " span; choose a smaller windowSize or strategy=jobs");
        }
        boolean aligned = size.getNano() == 0 && DAY_SECONDS % size.toSeconds() == 0;
        Instant start = from;
        while (start.isBefore(to)) {
            if (into.size() == MAX_WINDOWS) {
                throw new IllegalArgumentException("windows of " + size + " would make more than " + MAX_WINDOWS
                        + " windows; choose a larger windowSize or a shorter period");
            }
            Instant end = aligned ? nextMultiple(start, size) : start.plus(size);
            if (end.isAfter(to)) {
                end = to;
            }
            into.add(new BackfillWindow(start, end, method));
            start = end;
        }
    }

    /** The first UTC multiple of {@code size} (counted from the epoch, a UTC midnight) after {@code instant}. */
    private static Instant nextMultiple(Instant instant, Duration size) {
        long seconds = size.toSeconds();
        long floor = Math.floorDiv(instant.getEpochSecond(), seconds) * seconds;
        return Instant.ofEpochSecond(floor + seconds);
    }

    private static Instant clamp(Instant instant, Instant from, Instant to) {
        if (instant.isBefore(from)) {
            return from;
        }
        return instant.isAfter(to) ? to : instant;
    }
}
