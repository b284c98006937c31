package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefetchScheduleTest {

    private static final Instant EVENT = Instant.parse("2026-12-07T09:00:00Z");
    private static final RefetchSchedule SCHEDULE = new RefetchSchedule(Duration.ofSeconds(30),
            Duration.ofMinutes(10), Duration.ofMinutes(10));

    @Test
    void shouldFetchAgainEveryRetryWithinTheSteadyWindowSoAWrapUpOfMinutesIsStoredSoonAfterItEnds() {
        // first fetch 60 s after the event, as the enrichment delay has it
        List<Long> fetches = fetchesUntil(Duration.ofSeconds(60), Duration.ofMinutes(10));

        assertEquals(List.of(60L, 90L, 120L, 150L, 180L, 210L, 240L), fetches.subList(0, 7));
        for (int i = 1; i < fetches.size(); i++) {
            assertEquals(30, fetches.get(i) - fetches.get(i - 1), "steady at " + fetches.get(i - 1) + " s");
        }
    }

    @Test
    void shouldDoubleTheDelayPastTheSteadyWindowUpToTheMaximum() {
        List<Long> fetches = fetchesUntil(Duration.ofMinutes(10), Duration.ofHours(2));

        // 600 s is the end of the window: 30, 30, 60, 120, 240, 480, then the maximum of 600
        assertEquals(List.of(600L, 630L, 660L, 720L, 840L, 1080L, 1560L, 2160L, 2760L), fetches.subList(0, 9));
    }

    @Test
    void shouldNeverWaitLessThanTheRetryEvenWhenTheMaximumIsSmaller() {
        RefetchSchedule odd = new RefetchSchedule(Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(5));

        assertEquals(EVENT.plusSeconds(3630), odd.next(EVENT, EVENT.plusSeconds(3600)));
    }

    /** The seconds after the event of each fetch from {@code first} until {@code until}. */
    private static List<Long> fetchesUntil(Duration first, Duration until) {
        List<Long> out = new ArrayList<>();
        for (Instant at = EVENT.plus(first); at.isBefore(EVENT.plus(until)); at = SCHEDULE.next(EVENT, at)) {
            out.add(Duration.between(EVENT, at).toSeconds());
        }
        return out;
    }
}
