package com.dxp.collector.genesys.simulator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-rolled formatter must agree with java.time on every instant the simulator can produce. */
class IsoTimestampsTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void shouldFormatLikeJavaTime() {
        SplittableRandom random = new SplittableRandom(7);
        long until = Instant.parse("2199-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            long millis = random.nextLong(until);
            assertEquals(REFERENCE.format(Instant.ofEpochMilli(millis)), IsoTimestamps.format(millis));
        }
    }

    @Test
    void shouldFormatLeapDaysAndYearEnds() {
        for (String text : new String[] {"2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00.000Z",
            "2026-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2100-03-01T12:00:00.001Z"}) {
            assertEquals(text, IsoTimestamps.format(Instant.parse(text).toEpochMilli()));
        }
    }
}
