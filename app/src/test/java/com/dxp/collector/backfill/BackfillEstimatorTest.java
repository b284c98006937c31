package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackfillEstimatorTest {

    private static final Instant TODAY = Instant.parse("2026-12-06T00:00:00Z");
    private final BackfillEstimator estimator = new BackfillEstimator(100, 1000, 3);

    @Test
    void shouldCountPagesPerWindowAndOneReconciliationCountPerWholeEndedDay() {
        Instant from = TODAY.minus(Duration.ofDays(3));
        List<BackfillWindow> days = List.of(
                new BackfillWindow(from, from.plus(Duration.ofDays(1)), BackfillWindow.Method.QUERY),
                new BackfillWindow(from.plus(Duration.ofDays(1)), from.plus(Duration.ofDays(2)),
                        BackfillWindow.Method.QUERY));

        BackfillEstimate e = estimator.estimate(days, from, from.plus(Duration.ofDays(2)), 450L, "probe", 300, TODAY);

        assertEquals(900, e.conversations());
        assertEquals(5 + 5 + 2, e.apiCalls(), "5 pages a day, and 2 days reconciled");
        assertEquals(2, e.queryWindows());
        assertEquals(0.0, e.minutes());
    }

    @Test
    void shouldPriceAJobBySubmissionPollsAndPagesOfItsOwnSize() {
        Instant from = TODAY.minus(Duration.ofDays(14));
        List<BackfillWindow> week = List.of(new BackfillWindow(from, from.plus(Duration.ofDays(7)),
                BackfillWindow.Method.JOBS));

        BackfillEstimate e = estimator.estimate(week, from, from.plus(Duration.ofDays(7)), 500L, "probe", 60, TODAY);

        assertEquals(3500, e.conversations());
        assertEquals(1 + 3 + 4 + 7, e.apiCalls(), "submit, polls, 4 pages of 1000, 7 days reconciled");
        assertEquals(0.3, e.minutes());
    }

    /**
     * An {@code auto} plan prices each window by its own method: the history's job at the job page size, the recent
     * query window at the query page size (pricing the query at the job's size made auto estimates several times off).
     */
    @Test
    void shouldPriceEachWindowOfAnAutoPlanByItsOwnMethod() {
        Instant from = TODAY.minus(Duration.ofDays(8));
        Instant recent = TODAY.minus(Duration.ofDays(1));
        List<BackfillWindow> auto = List.of(new BackfillWindow(from, recent, BackfillWindow.Method.JOBS),
                new BackfillWindow(recent, TODAY, BackfillWindow.Method.QUERY));

        BackfillEstimate e = estimator.estimate(auto, from, TODAY, 500L, "probe", 60, TODAY);

        assertEquals(4000, e.conversations());
        assertEquals((1 + 3 + 4) + 5 + 8, e.apiCalls(), "a job of 3,500 in pages of 1000, 500 in pages of 100, 8 days");
        assertEquals(1, e.queryWindows());
    }

    @Test
    void shouldReconcileOnlyWholeDaysThatHaveEnded() {
        assertEquals(2, BackfillEstimator.reconciledDays(TODAY.minus(Duration.ofHours(60)), TODAY, TODAY));
        assertEquals(0, BackfillEstimator.reconciledDays(TODAY.minus(Duration.ofHours(20)),
                TODAY.plus(Duration.ofHours(5)), TODAY));
        assertEquals(1, BackfillEstimator.reconciledDays(TODAY.minus(Duration.ofDays(1)),
                TODAY.plus(Duration.ofHours(5)), TODAY), "today is not over");
    }

    @Test
    void shouldProbeTheDaysOfAShortPeriodAndFirstMiddleAndLastOfALongOne() {
        Instant from = TODAY.minus(Duration.ofDays(10));

        assertEquals(List.of(from, from.plus(Duration.ofDays(1))),
                BackfillEstimator.probedDays(from, from.plus(Duration.ofHours(36)), TODAY));
        assertEquals(List.of(from, from.plus(Duration.ofDays(5)), from.plus(Duration.ofDays(9))),
                BackfillEstimator.probedDays(from, TODAY, TODAY));
        assertEquals(List.of(TODAY.minus(Duration.ofDays(1))),
                BackfillEstimator.probedDays(TODAY.plusSeconds(60), TODAY.plusSeconds(3600), TODAY),
                "within today: the last full day");
    }
}
