package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest
    @CsvSource({"1,250,500", "2,500,1000", "3,1000,2000", "4,2000,4000", "5,2500,5000", "30,2500,5000"})
    void shouldDoubleEachRetryWithinJitterBoundsUpToTheCap(int retry, long lowMs, long highMs) {
        Duration initial = Duration.ofMillis(500);
        Duration max = Duration.ofMillis(5000);

        assertEquals(Duration.ofMillis(lowMs), new Backoff(initial, max, () -> 0.0).delay(retry));
        assertEquals(Duration.ofMillis(highMs), new Backoff(initial, max, () -> 1.0).delay(retry));
        Duration random = new Backoff(initial, max).delay(retry);
        assertTrue(random.toMillis() >= lowMs && random.toMillis() <= highMs, random::toString);
    }

    @Test
    void shouldRefuseRetryZero() {
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)).delay(0));
    }
}
