package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-05-14T09:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "3|3",
            " 120 |120",
            "0|0",
            "-5|0",
            "Thu, 14 May 2026 09:01:30 GMT|90",
            "Thu, 14 May 2026 08:59:00 GMT|0",
            "soon|null",
            "''|null",
            "null|null"})
    void shouldReadSecondsAndHttpDates(String header, Long expectedSeconds) {
        Optional<Duration> wait = RetryAfter.parse(header, NOW);
        assertEquals(Optional.ofNullable(expectedSeconds).map(Duration::ofSeconds), wait);
    }
}
