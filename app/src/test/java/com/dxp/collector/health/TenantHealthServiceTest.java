package com.dxp.collector.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantHealthServiceTest {

    @Test
    void shouldGiveTwentyFourHoursEndingWithTheCurrentOneAndZerosWhereNothingStarted() {
        Instant now = Instant.parse("2026-12-06T19:41:07Z");
        Map<Instant, Long> byHour = Map.of(
                Instant.parse("2026-12-05T20:00:00Z"), 4L,
                Instant.parse("2026-12-06T07:00:00Z"), 9L,
                Instant.parse("2026-12-06T19:00:00Z"), 2L,
                Instant.parse("2026-12-05T19:00:00Z"), 100L);

        List<Long> expected = new ArrayList<>(Collections.nCopies(24, 0L));
        expected.set(0, 4L);
        expected.set(11, 9L);
        expected.set(23, 2L);
        assertEquals(expected, TenantHealthService.lastDay(byHour, now), "the hour before the first is left out");
    }
}
