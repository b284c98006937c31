package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.tenant.TenantConnection;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GenesysGatewayTest {

    private static final Logger LOG = Logger.getLogger(GenesysGatewayTest.class.getName());
    private static final GenesysResponse OK = response(200, Map.of(), "{}");

    private final CountingTokenEndpoint tokenEndpoint = new CountingTokenEndpoint();
    private final GenesysConfig config = GenesysConfig.defaults();
    private final GenesysTokenProvider tokens = new GenesysTokenProvider(tokenEndpoint, config);
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final TenantConnection connection = Connections.any();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private GenesysGateway gateway = gateway(Duration.ofMinutes(1));

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldReturnASuccessAtOnce() {
        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers(OK)).status());
        assertEquals(1, tokenEndpoint.requests());
        assertEquals(List.of(), pauses);
    }

    @Test
    void shouldTakeAGrantOfTheBudgetAllServersShareForEveryAttemptWithTheTenantsLimit() {
        List<Integer> limits = Collections.synchronizedList(new ArrayList<>());
        gateway = new GenesysGateway(config, tokens, null, GatewayMetrics.NONE, (tenant, limit, timeout) -> {
            limits.add(limit);
            return Duration.ZERO;
        }, pauses::add, Duration.ofMinutes(1), Clock.systemUTC());
        gateway.useRequestsPerMinute(connection.tenantId(), 120);

        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers(response(503, Map.of(), ""), OK))
                .status());
        assertEquals(List.of(120, 120), limits, "one grant for the first attempt, one for the retry");

        TenantConnection verifiedElsewhere = new TenantConnection(connection.tenantId(), connection.credentialId(),
                connection.apiBaseUrl(), connection.loginBaseUrl(), connection.clientId(), connection.clientSecret(),
                60);
        gateway.execute(verifiedElsewhere, Lane.LIVE, "test", answers(OK));
        assertEquals(60, limits.get(2), "the org's limit another server's verification stored");
        assertEquals(60, gateway.budget(connection.tenantId()).limit());
    }

    @Test
    void shouldGiveUpWithABudgetTimeoutWhenTheSharedBudgetHasNoGrantSendingNothing() {
        gateway = new GenesysGateway(config, tokens, null, GatewayMetrics.NONE, (tenant, limit, timeout) -> {
            throw new GenesysBudgetTimeoutException("spent");
        }, pauses::add, Duration.ofMinutes(1), Clock.systemUTC());
        Answers answers = answers(OK);

        assertThrows(GenesysBudgetTimeoutException.class,
                () -> gateway.execute(connection, Lane.BACKFILL, "test", answers));
        assertEquals(0, answers.sent());
    }

    @Test
    void shouldReturnA403Or404WithoutRetrying() {
        Answers answers = answers(response(403, Map.of(), "{\"code\":\"missing.any.permissions\"}"), OK);

        assertEquals(403, gateway.execute(connection, Lane.DIRECTORY, "test", answers).status());
        assertEquals(1, answers.sent());
    }

    @Test
    void shouldRefreshTheTokenOnceOn401AndRetry() {
        Answers answers = answers(response(401, Map.of(), "{\"code\":\"bad.credentials\"}"), OK);

        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers).status());
        assertEquals(2, tokenEndpoint.requests());
        assertEquals(2, answers.sent());
    }

    @Test
    void shouldRejectTheCredentialWhenAFreshTokenGets401Too() {
        GenesysResponse unauthorized = response(401, Map.of(), "{\"code\":\"bad.credentials\"}");
        Answers answers = answers(unauthorized, unauthorized, OK);

        CredentialsRejectedException rejected = assertThrows(CredentialsRejectedException.class,
                () -> gateway.execute(connection, Lane.LIVE, "test", answers));

        assertEquals("bad.credentials", rejected.errorCode());
        assertEquals(2, tokenEndpoint.requests());
        assertEquals(2, answers.sent());
    }

    @Test
    void shouldWaitRetryAfterOn429WithoutFetchingANewToken() {
        Answers answers = answers(response(429, Map.of("Retry-After", "1"), "{\"code\":\"too.many.requests\"}"), OK);
        long start = System.nanoTime();

        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers).status());

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 900, "did not wait Retry-After");
        assertEquals(1, tokenEndpoint.requests());
    }

    @Test
    void shouldPostponeInsteadOfBlockingOnALongRetryAfter() {
        Answers answers = answers(response(429, Map.of("Retry-After", "600"), "{}"), OK);
        Instant before = Instant.now();

        GenesysPostponedException postponed = assertThrows(GenesysPostponedException.class,
                () -> gateway.execute(connection, Lane.BACKFILL, "test", answers));

        assertTrue(!postponed.retryAt().isBefore(before.plusSeconds(600)), postponed::getMessage);
        assertEquals(1, answers.sent());
        assertThrows(GenesysPostponedException.class,
                () -> gateway.execute(connection, Lane.LIVE, "test", answers(OK)),
                "the tenant's budget stays closed until the retry time");
    }

    @Test
    void shouldStopCallingWhenTheRateLimitWindowIsSpent() {
        Map<String, String> spent = Map.of("inin-ratelimit-count", "300", "inin-ratelimit-allowed", "300",
                "inin-ratelimit-reset", "120");
        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers(response(200, spent, "{}")))
                .status());

        Answers next = answers(OK);
        assertThrows(GenesysPostponedException.class, () -> gateway.execute(connection, Lane.LIVE, "test", next));
        assertEquals(0, next.sent());
    }

    @Test
    void shouldRetryServerErrorsWithBoundedBackoffThenGiveUp() {
        GenesysResponse unavailable = response(503, Map.of(), "{}");
        Answers answers = answers(unavailable, unavailable, unavailable, unavailable, OK);

        GenesysUnavailableException error = assertThrows(GenesysUnavailableException.class,
                () -> gateway.execute(connection, Lane.LIVE, "test", answers));

        assertEquals("503", error.errorCode());
        assertEquals(4, answers.sent());
        assertEquals(3, pauses.size());
        for (int retry = 1; retry <= 3; retry++) {
            long step = 500L << (retry - 1);
            long paused = pauses.get(retry - 1).toMillis();
            assertTrue(paused >= step / 2 && paused <= step, "retry " + retry + " paused " + paused);
        }
    }

    @Test
    void shouldRetryConnectionErrorsAndTimeouts() {
        Deque<Object> script = new ArrayDeque<>(List.of(new ProcessingException("read timed out"),
                new ProcessingException("connection reset"), OK));
        GenesysResponse response = gateway.execute(connection, Lane.LIVE, "test", () -> {
            Object next = script.pop();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (GenesysResponse) next;
        });

        assertEquals(200, response.status());
        assertEquals(2, pauses.size());
    }

    @Test
    void shouldStartNoRetryThatWouldEndPastTheDeadline() {
        GenesysResponse unavailable = response(503, Map.of(), "{}");
        Answers answers = answers(unavailable, unavailable, OK);

        GenesysUnavailableException error = assertThrows(GenesysUnavailableException.class,
                () -> gateway.execute(connection, Lane.LIVE, "test", answers, Instant.now().plusMillis(100)));

        assertEquals("deadline", error.errorCode());
        assertEquals(1, answers.sent(), "the 500 ms back-off would end past the deadline");
        assertEquals(List.of(), pauses);
        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers(unavailable, OK),
                Instant.now().plusSeconds(5)).status(), "a deadline with room for the retry");
    }

    @Test
    void shouldHonourALongerRetryAfterOn503() {
        Answers answers = answers(response(503, Map.of("Retry-After", "20"), "{}"), OK);

        assertEquals(200, gateway.execute(connection, Lane.LIVE, "test", answers).status());
        assertEquals(List.of(Duration.ofSeconds(20)), pauses);
    }

    @Test
    void shouldNeverExceedTheBudgetUnderA429Storm() {
        int perWindow = 20;
        Duration window = Duration.ofMillis(500);
        gateway = gateway(window);
        gateway.useRequestsPerMinute(connection.tenantId(), perWindow);
        ConcurrentLinkedQueue<Long> sentAt = new ConcurrentLinkedQueue<>();
        GenesysGateway.Exchange storm = () -> {
            sentAt.add(System.nanoTime());
            return ThreadLocalRandom.current().nextDouble() < 0.3
                    ? response(429, Map.of("Retry-After", "0"), "{\"code\":\"too.many.requests\"}") : OK;
        };

        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Lane lane = Lane.values()[t % 3];
            callers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 12; i++) {
                    try {
                        gateway.execute(connection, lane, "storm", storm);
                    } catch (GenesysUnavailableException gaveUp) {
                        LOG.fine("a call gave up after its retries");
                    }
                }
            }, threads));
        }
        callers.forEach(CompletableFuture::join);

        long[] times = sentAt.stream().mapToLong(Long::longValue).sorted().toArray();
        int busiest = busiestWindow(times, window.toNanos());
        LOG.info(() -> "429 storm: " + times.length + " requests, at most " + busiest + " in any "
                + window.toMillis() + " ms window (budget " + perWindow + ")");
        assertTrue(times.length >= 96, "every call sent at least once");
        assertTrue(busiest <= perWindow, "busiest window " + busiest);
    }

    private static int busiestWindow(long[] sorted, long windowNanos) {
        int busiest = 0;
        int from = 0;
        for (int to = 0; to < sorted.length; to++) {
            while (sorted[to] - sorted[from] >= windowNanos) {
                from++;
            }
            busiest = Math.max(busiest, to - from + 1);
        }
        return busiest;
    }

    private GenesysGateway gateway(Duration window) {
        return new GenesysGateway(config, tokens, null, GatewayMetrics.NONE, SharedBudget.NONE, pauses::add, window,
                Clock.systemUTC());
    }

    private static GenesysResponse response(int status, Map<String, String> headers, String body) {
        return new GenesysResponse(status, headers, body);
    }

    private static Answers answers(GenesysResponse... responses) {
        return new Answers(responses);
    }

    /** Scripted answers, the last one repeated. */
    private static final class Answers implements GenesysGateway.Exchange {

        private final List<GenesysResponse> script;
        private int sent;

        Answers(GenesysResponse... responses) {
            this.script = Arrays.asList(responses);
        }

        @Override
        public synchronized GenesysResponse send() {
            return script.get(Math.min(sent++, script.size() - 1));
        }

        synchronized int sent() {
            return sent;
        }
    }
}
