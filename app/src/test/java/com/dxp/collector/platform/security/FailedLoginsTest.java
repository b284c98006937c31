package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.MovableClock;
import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.RecordingAudit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {

    private final RecordingAudit audit = new RecordingAudit();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final FailedLogins failures = failures();

    @Test
    void shouldAuditTheFirstFailureOfAUserAndAddressAMinuteAndCountTheRest() {
        assertTrue(failures.failed("mallory", "203.0.113.9", "c1"));
        for (int i = 0; i < 299; i++) {
            assertFalse(failures.failed("mallory", "203.0.113.9", "c"));
        }
        clock.advance(Duration.ofSeconds(61));
        assertTrue(failures.failed("mallory", "203.0.113.9", "c2"));

        assertEquals(2, audit.events.size(), "300 guesses in a minute are one entry, not 300");
        AuditEvent first = audit.events.get(0);
        assertEquals("login.failed", first.action());
        assertEquals("unauthenticated", first.actor());
        assertEquals("mallory", first.targetId());
        assertEquals("c1", first.correlationId());
        assertEquals("login failed for user 'mallory' from 203.0.113.9", first.detail());
        assertTrue(audit.events.get(1).detail().endsWith("(299 more failures in the minute before)"),
                audit.events.get(1).detail());
    }

    @Test
    void shouldKeepUsersAndAddressesApart() {
        assertTrue(failures.failed("mallory", "203.0.113.9", "c"));
        assertTrue(failures.failed("mallory", "198.51.100.7", "c"));
        assertTrue(failures.failed("admin", "203.0.113.9", "c"));

        assertEquals(3, audit.events.size());
    }

    @Test
    void shouldWriteWhatACallerTypedAsPrintableAndShort() {
        failures.failed("eve\r\nINFO forged line\u0000" + "x".repeat(500), "203.0.113.9", "c");

        String user = audit.events.get(0).targetId();
        assertEquals(100, user.length());
        assertTrue(user.startsWith("eve??INFO forged line?x"), user);
    }

    private FailedLogins failures() {
        FailedLogins f = new FailedLogins();
        f.clock = clock;
        f.audit = audit;
        return f;
    }
}
