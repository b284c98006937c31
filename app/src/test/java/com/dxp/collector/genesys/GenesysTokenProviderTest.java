package com.dxp.collector.genesys;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.platform.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenesysTokenProviderTest {

    private static final Logger LOG = Logger.getLogger(GenesysTokenProviderTest.class.getName());

    private final CountingTokenEndpoint endpoint = new CountingTokenEndpoint();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-14T09:00:00Z"));
    private final GenesysTokenProvider provider = new GenesysTokenProvider(endpoint, GenesysConfig.defaults(), clock);
    private final TenantConnection connection = Connections.any();
    private final ExecutorService threads = Executors.newFixedThreadPool(64);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 1000})
    void shouldFetchOneTokenForManyConcurrentCallers(int callers) {
        endpoint.holdRequests();
        AtomicInteger started = new AtomicInteger();
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                started.incrementAndGet();
                return provider.token(connection);
            }, threads));
        }
        await("the first token request in flight").atMost(Duration.ofSeconds(5)).until(() -> endpoint.requests() == 1);
        await("callers started").atMost(Duration.ofSeconds(5)).until(() -> started.get() >= Math.min(callers, 64));
        endpoint.release();

        List<String> tokens = calls.stream().map(CompletableFuture::join).toList();

        assertEquals(1, endpoint.requests());
        assertEquals(1, new HashSet<>(tokens).size());
        LOG.info(() -> "token fetches for " + callers + " concurrent calls: " + endpoint.requests());
    }

    @Test
    void shouldReuseTheTokenUntilExpiryMinusSkew() {
        endpoint.answer(n -> new IssuedToken("token-" + n, Duration.ofSeconds(3600)));
        String first = provider.token(connection);

        clock.advance(Duration.ofSeconds(3539));
        assertEquals(first, provider.token(connection));
        clock.advance(Duration.ofSeconds(2));
        String second = provider.token(connection);

        assertNotEquals(first, second);
        assertEquals(2, endpoint.requests());
    }

    @Test
    void shouldKeepShortLivedTokensForHalfTheirLifetimeAtLeast() {
        endpoint.answer(n -> new IssuedToken("token-" + n, Duration.ofSeconds(60)));
        String first = provider.token(connection);

        clock.advance(Duration.ofSeconds(29));
        assertEquals(first, provider.token(connection));
        clock.advance(Duration.ofSeconds(2));

        assertNotEquals(first, provider.token(connection));
    }

    @Test
    void shouldFetchAnewAfterInvalidation() {
        String first = provider.token(connection);

        provider.invalidate(connection, first);

        assertNotEquals(first, provider.token(connection));
        assertEquals(2, endpoint.requests());
    }

    @Test
    void shouldIgnoreInvalidationOfATokenAlreadyReplaced() {
        String first = provider.token(connection);
        provider.invalidate(connection, first);
        String second = provider.token(connection);

        provider.invalidate(connection, first);

        assertEquals(second, provider.token(connection));
        assertEquals(2, endpoint.requests());
    }

    @Test
    void shouldReportARejectedClientOncePerCallWithoutRetrying() {
        endpoint.answer(n -> {
            throw new CredentialsRejectedException("invalid_client", "refused");
        });

        assertThrows(CredentialsRejectedException.class, () -> provider.token(connection));
        assertEquals(1, endpoint.requests());
        assertThrows(CredentialsRejectedException.class, () -> provider.token(connection));
        assertEquals(2, endpoint.requests());
    }

    @Test
    void shouldKeepSeparateTokensPerCredential() {
        TenantConnection other = Connections.any();

        assertNotEquals(provider.token(connection), provider.token(other));
        assertEquals(2, endpoint.requests());
    }

    @Test
    void shouldNeverShowSecretsOrTokensInToString() {
        IssuedToken token = new IssuedToken("abc-token-value", Duration.ofSeconds(5));
        assertFalse(token.toString().contains("abc-token-value"));
        assertFalse(connection.toString().contains("s3cret-value"));
        VerificationRequest request = new VerificationRequest(null, null, null, "client", "s3cret-value");
        assertFalse(request.toString().contains("s3cret-value"));
        assertTrue(Map.of("k", token).toString().contains("IssuedToken"));
    }
}
