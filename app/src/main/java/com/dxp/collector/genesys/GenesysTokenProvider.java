package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one source of Genesys access tokens: a client-credentials token per tenant credential, cached until
 * shortly before it expires, with at most one fetch in flight per credential (concurrent callers share its
 * future, so a burst of calls costs one token request, not one each). A 401 on an API call invalidates the token
 * it used; a 429 never does, since a new token would only dodge the rate limit Genesys means us to respect.
 */
@ApplicationScoped
public class GenesysTokenProvider {

    private static final Logger LOG = Logger.getLogger(GenesysTokenProvider.class.getName());

    /** A credential as the cache knows it: never the secret itself. */
    record Key(UUID tenantId, UUID credentialId, URI loginBaseUrl, String clientId) {

        static Key of(TenantConnection connection) {
            return new Key(connection.tenantId(), connection.credentialId(), connection.loginBaseUrl(),
                    connection.clientId());
        }
    }

    private record CachedToken(String value, Instant staleAt) {

        @Override
        public String toString() {
            return "CachedToken[staleAt=" + staleAt + "]";
        }
    }

    private final Map<Key, CompletableFuture<CachedToken>> tokens = new ConcurrentHashMap<>();
    private TokenEndpoint endpoint;
    private GenesysConfig config;
    private Clock clock;

    /** For CDI. */
    protected GenesysTokenProvider() {
    }

    @Inject
    public GenesysTokenProvider(TokenEndpoint endpoint, GenesysConfig config) {
        this(endpoint, config, Clock.systemUTC());
    }

    GenesysTokenProvider(TokenEndpoint endpoint, GenesysConfig config, Clock clock) {
        this.endpoint = endpoint;
        this.config = config;
        this.clock = clock;
    }

    /**
     * A valid access token for the connection's credential, from the cache or fetched now (by this caller, or
     * by the caller already fetching it).
     *
     * @throws CredentialsRejectedException when the token endpoint refuses the client
     * @throws GenesysUnavailableException  when no token could be had in time
     */
    public String token(TenantConnection connection) {
        Key key = Key.of(connection);
        for (int round = 0; round < 3; round++) {
            CompletableFuture<CachedToken> current = tokens.get(key);
            if (current == null) {
                CompletableFuture<CachedToken> mine = new CompletableFuture<>();
                current = tokens.putIfAbsent(key, mine);
                if (current == null) {
                    fetch(connection, key, mine);
                    current = mine;
                }
            }
            CachedToken token = await(key, current);
            if (clock.instant().isBefore(token.staleAt())) {
                return token.value();
            }
            tokens.remove(key, current);
        }
        throw new GenesysUnavailableException("token.stale", "the token endpoint keeps issuing expired tokens");
    }

    /**
     * Forgets {@code token} if it is still the cached one of the connection's credential (after a 401), so the
     * next caller fetches a new one; a token already replaced is left alone.
     */
    public void invalidate(TenantConnection connection, String token) {
        Key key = Key.of(connection);
        tokens.computeIfPresent(key, (k, future) -> {
            CachedToken cached = future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
            return cached != null && cached.value().equals(token) ? null : future;
        });
        LOG.log(Level.FINE, "token of tenant {0} credential {1} invalidated",
                new Object[] {connection.tenantId(), connection.credentialId()});
    }

    /** Drops every token of the connection's credential, for example after a dry-run verification. */
    public void forget(TenantConnection connection) {
        tokens.remove(Key.of(connection));
    }

    private void fetch(TenantConnection connection, Key key, CompletableFuture<CachedToken> mine) {
        try {
            Instant requestedAt = clock.instant();
            IssuedToken issued = endpoint.requestToken(connection);
            Duration lifetime = issued.expiresIn();
            Duration skew = config.tokenRefreshSkew();
            Duration half = lifetime.dividedBy(2);
            Duration usable = lifetime.minus(skew.compareTo(half) > 0 ? half : skew);
            mine.complete(new CachedToken(issued.accessToken(), requestedAt.plus(usable)));
            LOG.log(Level.FINE, "new token for tenant {0} credential {1}, usable for {2}",
                    new Object[] {connection.tenantId(), connection.credentialId(), usable});
        } catch (RuntimeException e) {
            tokens.remove(key, mine);
            mine.completeExceptionally(e);
        }
    }

    private CachedToken await(Key key, CompletableFuture<CachedToken> future) {
        try {
            return future.get(config.tokenFetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GenesysException genesys) {
                throw genesys;
            }
            throw new GenesysUnavailableException("token.failed", "token request failed", e.getCause());
        } catch (TimeoutException e) {
            tokens.remove(key, future);
            throw new GenesysUnavailableException("timeout", "no token within "
                    + config.tokenFetchTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysUnavailableException("interrupted", "interrupted while waiting for a token");
        }
    }
}
