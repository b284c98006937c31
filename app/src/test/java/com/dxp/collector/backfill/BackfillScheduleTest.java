package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackfillScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:31:00Z");
    private static final Instant TODAY = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void shouldCatchUpTheConfiguredDaysForATenantWithoutWatermark() {
        assertEquals(Optional.of(new BackfillSchedule.Period(Instant.parse("2026-11-19T00:00:00Z"), TODAY)),
                BackfillSchedule.period(Optional.empty(), NOW, 7));
    }

    @Test
    void shouldStartAtTheWatermarkWhenItIsWithinReach() {
        Instant watermark = Instant.parse("2026-11-24T00:00:00Z");
        assertEquals(Optional.of(new BackfillSchedule.Period(watermark, TODAY)),
                BackfillSchedule.period(Optional.of(watermark), NOW, 7));
    }

    @Test
    void shouldReachBackNoFurtherThanTheConfiguredDaysBehindAnOldWatermark() {
        assertEquals(Optional.of(new BackfillSchedule.Period(Instant.parse("2026-11-23T00:00:00Z"), TODAY)),
                BackfillSchedule.period(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), NOW, 3));
    }

    @Test
    void shouldDoNothingWhenCompleteThroughToday() {
        assertEquals(Optional.empty(), BackfillSchedule.period(Optional.of(TODAY), NOW, 7));
    }
}
