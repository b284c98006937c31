package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), 3, clock);

    @Test
    void shouldLetFiveTyposGoThenLockForTwiceAsLongWithEachFailureUpToTheMaximum() {
        List<Long> locks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            throttle.failed("admin", "10.0.0.9");
            locks.add(throttle.lockedFor("admin", "10.0.0.9").toSeconds());
        }

        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L), locks);
    }

    @Test
    void shouldLockOnlyThePairThatFailedAndFreeItOnSuccessOrAfterTheLock() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("admin", "10.0.0.9");
        }

        assertEquals(Duration.ofSeconds(4), throttle.lockedFor("admin", "10.0.0.9"));
        assertEquals(Duration.ZERO, throttle.lockedFor("admin", "10.0.0.10"), "the real admin elsewhere");
        assertEquals(Duration.ZERO, throttle.lockedFor("viewer", "10.0.0.9"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(Duration.ZERO, throttle.lockedFor("admin", "10.0.0.9"));
        throttle.failed("admin", "10.0.0.9");
        assertEquals(Duration.ofSeconds(8), throttle.lockedFor("admin", "10.0.0.9"), "the count goes on");
        throttle.succeeded("admin", "10.0.0.9");
        assertEquals(Duration.ZERO, throttle.lockedFor("admin", "10.0.0.9"));
    }

    @Test
    void shouldForgetAPairAfterAQuietMaximumAndBoundItsMemory() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("admin", "10.0.0.9");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("admin", "10.0.0.9");
        assertEquals(Duration.ZERO, throttle.lockedFor("admin", "10.0.0.9"), "a new first failure");

        for (int i = 0; i < 6; i++) {
            throttle.failed("mallory", "10.0.0.1");
        }
        throttle.failed("a", "1");
        throttle.failed("b", "2");
        throttle.failed("c", "3");
        assertEquals(Duration.ZERO, throttle.lockedFor("mallory", "10.0.0.1"), "forgotten beyond 3 pairs");
    }

    @Test
    void shouldLockAnAddressThatTriesManyUserNamesWhateverTheNames() {
        LoginThrottle roomy = new LoginThrottle(5, 20, Duration.ofMinutes(15), 10_000, clock);
        for (int i = 0; i < 20; i++) {
            roomy.failed("invented-" + i, "10.0.0.66");
        }
        assertEquals(Duration.ZERO, roomy.lockedFor("invented-20", "10.0.0.66"), "20 failures are free");

        roomy.failed("invented-20", "10.0.0.66");

        assertEquals(Duration.ofSeconds(1), roomy.lockedFor("any-name", "10.0.0.66"));
        assertEquals(Duration.ZERO, roomy.lockedFor("any-name", "10.0.0.67"), "other addresses go on");
        roomy.succeeded("viewer", "10.0.0.66");
        assertEquals(Duration.ofSeconds(1), roomy.lockedFor("admin", "10.0.0.66"),
                "a login to one account does not clear the address");
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
