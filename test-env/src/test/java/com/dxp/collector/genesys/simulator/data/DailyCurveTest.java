package com.dxp.collector.genesys.simulator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The weekly traffic shape: its mean is exactly one, so conversationsPerDay is the mean daily volume. */
class DailyCurveTest {

    private final DailyCurve curve = DailyCurve.standard();
    private final long mondayMinute = Instant.parse("2026-05-11T00:00:00Z").getEpochSecond() / 60;

    @Test
    void shouldAverageOneOverAWeek() {
        double sum = 0;
        for (int minute = 0; minute < DailyCurve.MINUTES_PER_WEEK; minute++) {
            sum += curve.weight(mondayMinute + minute);
        }

        assertEquals(1.0, sum / DailyCurve.MINUTES_PER_WEEK, 1e-9);
    }

    @Test
    void shouldPeakByDayAndBeBusierOnWeekdays() {
        double night = curve.weight(mondayMinute + 3 * 60);
        double lateMorning = curve.weight(mondayMinute + 10 * 60 + 30);
        double afternoon = curve.weight(mondayMinute + 14 * 60 + 30);
        double saturdayLateMorning = curve.weight(mondayMinute + 5 * 1440 + 10 * 60 + 30);

        assertTrue(lateMorning > 10 * night);
        assertTrue(afternoon > 10 * night);
        assertTrue(lateMorning > saturdayLateMorning);
    }
}
