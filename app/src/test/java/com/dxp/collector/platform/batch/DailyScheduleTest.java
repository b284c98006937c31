package com.dxp.collector.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyScheduleTest {

    private final DailySchedule at0230 = new DailySchedule(LocalTime.of(2, 30));

    @ParameterizedTest(name = "at {0}, last scheduled run {1}: due {2}")
    @CsvSource(nullValues = "never", value = {
        "2026-11-26T02:29:59Z, never,                 false",
        "2026-11-26T02:30:00Z, never,                 true",
        "2026-11-26T02:31:00Z, 2026-11-25T02:30:10Z, true",
        "2026-11-26T02:31:00Z, 2026-11-26T02:30:10Z, false",
        "2026-11-26T23:59:00Z, 2026-11-26T02:30:10Z, false",
        "2026-11-27T01:00:00Z, 2026-11-26T02:30:10Z, false",
        "2026-11-27T09:00:00Z, 2026-11-26T02:30:10Z, true"})
    void shouldBeDueFromTheSlotUntilAScheduledRunStartedSinceIt(Instant now, Instant last, boolean due) {
        assertEquals(due, at0230.due(now, Optional.ofNullable(last)));
    }

    @ParameterizedTest
    @CsvSource({"2:30am", "25:00", "''"})
    void shouldRefuseATimeThatIsNotOneNamingTheKey(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DailySchedule.parse("backfill.schedule.at", value));
        assertEquals(true, e.getMessage().startsWith("backfill.schedule.at must be a time of day"));
    }
}
