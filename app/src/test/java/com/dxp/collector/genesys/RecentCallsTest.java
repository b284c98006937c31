package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.dxp.collector.platform.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentCallsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:30Z"));
    private final RecentCalls calls = new RecentCalls(clock);
    private final UUID tenant = UUID.randomUUID();

    @Test
    void shouldCountTheLastHourByOutcomeAndForgetOlderMinutes() {
        calls.record(tenant, "analytics.details.query", CallOutcome.SUCCESS, 200, null);
        calls.record(tenant, "analytics.details.query", CallOutcome.RATE_LIMITED, 429, "too.many.requests");
        clock.advance(Duration.ofMinutes(30));
        calls.record(tenant, "users.list", CallOutcome.SERVER_ERROR, 503, null);
        calls.record(tenant, "users.list", CallOutcome.SUCCESS, 200, null);

        RecentCalls.Summary halfAnHourLater = calls.lastHour(tenant);
        assertEquals(2, halfAnHourLater.count(CallOutcome.SUCCESS));
        assertEquals(1, halfAnHourLater.count(CallOutcome.RATE_LIMITED));
        assertEquals(4, halfAnHourLater.total());

        clock.advance(Duration.ofMinutes(31));
        RecentCalls.Summary anHourAfterTheFirst = calls.lastHour(tenant);
        assertEquals(1, anHourAfterTheFirst.count(CallOutcome.SUCCESS));
        assertEquals(0, anHourAfterTheFirst.count(CallOutcome.RATE_LIMITED));
        assertEquals(1, anHourAfterTheFirst.count(CallOutcome.SERVER_ERROR));

        clock.advance(Duration.ofHours(5));
        assertEquals(0, calls.lastHour(tenant).total(), "a ring slot of an old hour reads as empty");
    }

    @Test
    void shouldKeepTheLastFaultButNotASuccessOrAPlain4xx() {
        calls.record(tenant, "users.list", CallOutcome.FORBIDDEN, 403, "missing.permissions");
        clock.advance(Duration.ofSeconds(5));
        calls.record(tenant, "users.list", CallOutcome.SUCCESS, 200, null);
        calls.record(tenant, "analytics.details", CallOutcome.CLIENT_ERROR, 404, "not.found");

        RecentCalls.Fault fault = calls.lastHour(tenant).lastFault();
        assertEquals(CallOutcome.FORBIDDEN, fault.outcome());
        assertEquals("missing.permissions", fault.errorCode());
        assertEquals(Instant.parse("2026-12-06T10:00:30Z"), fault.at());
    }

    @Test
    void shouldStartItsFiguresAtTheServersStartAndKeepTenantsApart() {
        calls.record(tenant, "users.list", CallOutcome.SUCCESS, 200, null);

        RecentCalls.Summary other = calls.lastHour(UUID.randomUUID());
        assertEquals(0, other.total());
        assertNull(other.lastFault());
        assertEquals(Instant.parse("2026-12-06T10:00:30Z"), other.since());
        clock.advance(Duration.ofHours(2));
        assertEquals(clock.instant().minus(RecentCalls.SPAN), calls.lastHour(tenant).since());
    }

    @Test
    void shouldTellATimeoutFromAFailedConnectionAndClassifyStatuses() {
        assertEquals(CallOutcome.TIMEOUT, CallOutcome.of(new RuntimeException(
                new java.net.SocketTimeoutException("Read timed out"))));
        assertEquals(CallOutcome.UNREACHABLE, CallOutcome.of(new RuntimeException(
                new java.net.ConnectException("Connection refused"))));
        assertEquals(CallOutcome.SUCCESS, CallOutcome.of(204));
        assertEquals(CallOutcome.UNAUTHORIZED, CallOutcome.of(401));
        assertEquals(CallOutcome.FORBIDDEN, CallOutcome.of(403));
        assertEquals(CallOutcome.RATE_LIMITED, CallOutcome.of(429));
        assertEquals(CallOutcome.CLIENT_ERROR, CallOutcome.of(404));
        assertEquals(CallOutcome.SERVER_ERROR, CallOutcome.of(502));
    }
}
