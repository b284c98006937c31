package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();
    private final ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(30), Duration.ofHours(12), 3,
            clock);

    @Test
    void shouldFindTheSessionOfItsTokenAndNoOther() {
        String token = sessions.open("admin", Set.of(Roles.ADMIN));

        assertEquals("admin", sessions.find(token).orElseThrow().user());
        assertEquals(Set.of(Roles.ADMIN), sessions.find(token).orElseThrow().roles());
        assertEquals(Optional.empty(), sessions.find(token + "x"));
        assertEquals(Optional.empty(), sessions.find(""));
        assertEquals(Optional.empty(), sessions.find(null));
        assertNotEquals(token, sessions.open("admin", Set.of(Roles.ADMIN)), "a new token each time");
    }

    @Test
    void shouldEndASessionIdleTooLongOrTooOldHoweverBusy() {
        String idle = sessions.open("viewer", Set.of(Roles.VIEWER));
        String busy = sessions.open("admin", Set.of(Roles.ADMIN));
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(busy).isPresent());
        clock.advance(Duration.ofMinutes(2));

        assertFalse(sessions.find(idle).isPresent(), "31 minutes without a request");
        for (int i = 0; i < 24; i++) {
            assertTrue(sessions.find(busy).isPresent(), "seen every 29 minutes, hour " + i / 2);
            clock.advance(Duration.ofMinutes(29));
        }
        assertFalse(sessions.find(busy).isPresent(), "past 12 hours in all");
    }

    @Test
    void shouldEndASessionOnSignOutAndBoundTheirNumber() {
        String first = sessions.open("a", Set.of(Roles.VIEWER));
        sessions.close(first);
        assertFalse(sessions.find(first).isPresent());

        String oldest = sessions.open("b", Set.of(Roles.VIEWER));
        sessions.open("c", Set.of(Roles.VIEWER));
        sessions.open("d", Set.of(Roles.VIEWER));
        sessions.open("e", Set.of(Roles.VIEWER));
        assertFalse(sessions.find(oldest).isPresent(), "beyond 3 sessions the least recently used ends");
    }

    @Test
    void shouldSetACookieScriptsCannotReadNorOtherSitesSendAndSecureOverHttps() {
        assertEquals("dxp_session=t; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict", sessions.cookie("t", false));
        assertTrue(sessions.cookie("t", true).endsWith("; Secure"));
        assertTrue(ConsoleSessions.expiredCookie(false).contains("Max-Age=0"));
    }
}
