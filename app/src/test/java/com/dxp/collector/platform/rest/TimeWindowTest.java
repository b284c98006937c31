package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowTest {

    private static final Duration MONTH = Duration.ofDays(31);

    @Test
    void shouldReadInstantsWithAnyOffsetAsUtc() {
        TimeWindow w = TimeWindow.required("2026-05-01T02:00:00+02:00", "2026-05-02T00:00:00Z", MONTH);

        assertEquals(new TimeWindow(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-02T00:00:00Z")),
                w);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, 2026-05-02T00:00:00Z",
        "2026-05-01T00:00:00Z, ''",
        "yesterday, 2026-05-02T00:00:00Z",
        "2026-05-01T00:00:00, 2026-05-02T00:00:00Z",
        "2026-05-02T00:00:00Z, 2026-05-01T00:00:00Z",
        "2026-05-01T00:00:00Z, 2026-05-01T00:00:00Z",
        "2026-01-01T00:00:00Z, 2026-05-01T00:00:00Z"})
    void shouldRefuseMissingUnreadableReversedOrTooLongWindows(String from, String to) {
        assertEquals(400, assertThrows(ProblemException.class, () -> TimeWindow.required(from, to, MONTH)).status());
    }

    @Test
    void shouldLeaveAnOptionalWindowOpenWhereABoundIsMissing() {
        TimeWindow w = TimeWindow.optional(null, "2026-05-02T00:00:00Z", MONTH);

        assertNull(w.from());
        assertEquals(Instant.parse("2026-05-02T00:00:00Z"), w.to());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> TimeWindow.optional("2025-01-01T00:00:00Z", "2026-05-02T00:00:00Z", MONTH)).status());
    }
}
