package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one path of every Genesys API call: takes a permit of the tenant's budget (by lane priority, then a grant of
 * the budget all servers share), puts the shared token on the call, and handles what comes back: rate-limit headers
 * close the budget until the window resets; 429 waits {@code Retry-After} (or postpones the work when that is too
 * long); 502/503/504, timeouts and connection errors retry with bounded exponential back-off; a 401 refreshes the
 * token once. Everything else is returned to the caller, who knows what a 403 or 404 means for its call.
 */
@ApplicationScoped
public class GenesysGateway {

    private static final Logger LOG = Logger.getLogger(GenesysGateway.class.getName());
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(3);
    private static final Duration BUDGET_WINDOW = Duration.ofMinutes(1);

    /** One HTTP exchange: sends the request (the bearer token is added by the client) and reads the answer. */
    @FunctionalInterface
    public interface Exchange {
        GenesysResponse send();
    }

    /** How the gateway waits between retries; a port so tests need not wait. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Map<UUID, TenantBudget> budgets = new ConcurrentHashMap<>();
    private GenesysConfig config;
    private GenesysTokenProvider tokens;
    private GenesysClients clients;
    private GatewayMetrics metrics;
    private SharedBudget shared;
    private Backoff backoff;
    private Pause pause;
    private Duration budgetWindow;
    private Clock clock;

    /** For CDI. */
    protected GenesysGateway() {
    }

    @Inject
    public GenesysGateway(GenesysConfig config, GenesysTokenProvider tokens, GenesysClients clients,
                          GatewayMetrics metrics, SharedBudget shared) {
        this(config, tokens, clients, metrics, shared, d -> TimeUnit.NANOSECONDS.sleep(d.toNanos()), BUDGET_WINDOW,
                Clock.systemUTC());
    }

    GenesysGateway(GenesysConfig config, GenesysTokenProvider tokens, GenesysClients clients,
                   GatewayMetrics metrics, SharedBudget shared, Pause pause, Duration budgetWindow, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.clients = clients;
        this.metrics = metrics;
        this.shared = shared;
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        this.pause = pause;
        this.budgetWindow = budgetWindow;
        this.clock = clock;
    }

    /**
     * Calls {@code request} on the tenant credential's {@code api} client.
     *
     * @param endpoint a short stable name of the endpoint, for metrics and logs (for example {@code users.list})
     * @return the answer: 2xx, or a status the gateway does not handle itself (400, 403, 404...)
     * @throws CredentialsRejectedException  the credential is refused, even with a fresh token
     * @throws GenesysPostponedException     Genesys asked to wait longer than {@code genesys.retry.max-wait-seconds}
     * @throws GenesysBudgetTimeoutException no budget permit within {@code genesys.budget.permit-timeout-seconds}
     * @throws GenesysUnavailableException   still failing after {@code genesys.retry.max-attempts}
     */
    public <C> GenesysResponse call(TenantConnection connection, Lane lane, String endpoint, Class<C> api,
                                    Function<C, Response> request) {
        return call(connection, lane, endpoint, api, request, null);
    }

    /**
     * {@link #call} that starts no attempt, retry or wait for a permit past {@code deadline}, for work that someone
     * waits for (a verification): it then fails as unavailable with error code {@code deadline}.
     *
     * @param deadline when to stop trying; null for none
     */
    public <C> GenesysResponse call(TenantConnection connection, Lane lane, String endpoint, Class<C> api,
                                    Function<C, Response> request, Instant deadline) {
        return execute(connection, lane, endpoint,
                () -> GenesysResponse.of(request.apply(clients.api(connection, api))), deadline);
    }

    /** {@link #call} for an exchange already bound to its client. */
    public GenesysResponse execute(TenantConnection connection, Lane lane, String endpoint, Exchange exchange) {
        return execute(connection, lane, endpoint, exchange, null);
    }

    GenesysResponse execute(TenantConnection connection, Lane lane, String endpoint, Exchange exchange,
                            Instant deadline) {
        UUID tenantId = connection.tenantId();
        TenantBudget budget = budget(tenantId);
        Integer orgLimit = connection.requestsPerMinute();
        if (orgLimit != null && orgLimit > 0 && orgLimit != budget.limit()) {
            // the limit another server's (or an earlier run's) verification read
            budget.setLimit(orgLimit);
        }
        boolean tokenRefreshed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            if (attempt > 1) {
                requireBefore(deadline, endpoint, attempt - 1, Duration.ZERO);
            }
            String token;
            GenesysResponse response;
            try {
                token = tokens.token(connection);
                Duration timeout = permitTimeout(deadline);
                Duration waited = budget.acquire(lane, timeout);
                // then the budget all servers share: together they stay within the org's limit
                Duration left = timeout.minus(waited);
                waited = waited.plus(shared.take(tenantId, budget.limit(), left.isNegative() ? Duration.ZERO
                        : left));
                metrics.waited(tenantId, endpoint, waited);
                response = exchange.send();
            } catch (ProcessingException | UncheckedIOException | GenesysUnavailableException e) {
                CredentialsRejectedException rejected = causeOf(e, CredentialsRejectedException.class);
                if (rejected != null) {
                    metrics.called(tenantId, "oauth.token", CallOutcome.UNAUTHORIZED, 0, rejected.errorCode());
                    throw rejected;
                }
                String kind = e instanceof GenesysUnavailableException u ? u.errorCode() : "io";
                metrics.called(tenantId, endpoint, CallOutcome.of(e), 0, kind);
                if (attempt >= config.maxAttempts()) {
                    throw new GenesysUnavailableException(kind, endpoint + " failed after " + attempt
                            + " attempts: " + e.getClass().getSimpleName());
                }
                requireBefore(deadline, endpoint, attempt, backoff.delay(attempt));
                retryAfter(tenantId, endpoint, backoff.delay(attempt), kind);
                continue;
            }
            metrics.called(tenantId, endpoint, CallOutcome.of(response.status()), response.status(),
                    response.isSuccess() ? null : response.errorCode());
            RateLimitHeaders.of(response).filter(RateLimitHeaders::exhausted)
                    .ifPresent(limits -> budget.pauseFor(limits.reset()));
            int status = response.status();
            if (status == 401) {
                if (tokenRefreshed) {
                    throw new CredentialsRejectedException(response.errorCode(),
                            endpoint + " refused a freshly issued token (401 " + response.errorCode() + ")");
                }
                tokens.invalidate(connection, token);
                tokenRefreshed = true;
                attempt--;
                continue;
            }
            if (status == 429) {
                metrics.rateLimited(tenantId, endpoint);
                Duration wait = RetryAfter.parse(response.header("Retry-After").orElse(null), clock.instant())
                        .orElse(DEFAULT_RETRY_AFTER);
                budget.pauseFor(wait);
                if (wait.compareTo(config.maxWait()) > 0) {
                    throw new GenesysPostponedException(clock.instant().plus(wait),
                            endpoint + " answered 429 with Retry-After " + wait.toSeconds() + " s");
                }
                if (attempt >= config.maxAttempts()) {
                    throw new GenesysUnavailableException("429", endpoint + " still rate limited after "
                            + attempt + " attempts");
                }
                metrics.retried(tenantId, endpoint);
                LOG.log(Level.FINE, "tenant {0} {1}: 429, budget paused {2} ms",
                        new Object[] {tenantId, endpoint, wait.toMillis()});
                continue;
            }
            if (status == 502 || status == 503 || status == 504) {
                if (attempt >= config.maxAttempts()) {
                    throw new GenesysUnavailableException(Integer.toString(status), endpoint + " answered "
                            + status + " " + attempt + " times");
                }
                Duration delay = backoff.delay(attempt);
                Duration asked = RetryAfter.parse(response.header("Retry-After").orElse(null), clock.instant())
                        .orElse(Duration.ZERO);
                Duration wait = asked.compareTo(delay) > 0 ? asked : delay;
                requireBefore(deadline, endpoint, attempt, wait);
                retryAfter(tenantId, endpoint, wait, Integer.toString(status));
                continue;
            }
            return response;
        }
    }

    /** Adopts the org's own limit (from its limits API) as the tenant's budget. */
    public void useRequestsPerMinute(UUID tenantId, int requestsPerMinute) {
        budget(tenantId).setLimit(requestsPerMinute);
    }

    /** The tenant's budget; for diagnostics and tests. */
    public TenantBudget budget(UUID tenantId) {
        return budgets.computeIfAbsent(tenantId,
                id -> new TenantBudget(config.requestsPerMinute(), budgetWindow, config.maxWaiters()));
    }

    /** Drops everything held for a credential (token, clients, budget), for example after a dry run. */
    public void forget(TenantConnection connection) {
        tokens.forget(connection);
        if (clients != null) {
            clients.forget(connection);
        }
        budgets.remove(connection.tenantId());
    }

    /** Fails when waiting {@code delay} more would pass the deadline (none: never). */
    private void requireBefore(Instant deadline, String endpoint, int attempts, Duration delay) {
        if (deadline != null && clock.instant().plus(delay).isAfter(deadline)) {
            throw new GenesysUnavailableException("deadline", endpoint + " gave up after " + attempts
                    + " attempts: the time allowed for it has passed");
        }
    }

    private Duration permitTimeout(Instant deadline) {
        if (deadline == null) {
            return config.permitTimeout();
        }
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left.compareTo(config.permitTimeout()) < 0 ? left
                : config.permitTimeout();
    }

    private void retryAfter(UUID tenantId, String endpoint, Duration delay, String reason) {
        if (delay.compareTo(config.maxWait()) > 0) {
            throw new GenesysPostponedException(clock.instant().plus(delay), endpoint + " asked to wait "
                    + delay.toSeconds() + " s after " + reason);
        }
        metrics.retried(tenantId, endpoint);
        LOG.log(Level.FINE, "tenant {0} {1}: {2}, retrying in {3} ms",
                new Object[] {tenantId, endpoint, reason, delay.toMillis()});
        try {
            pause.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysUnavailableException("interrupted", endpoint + " interrupted while backing off");
        }
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
