package com.dxp.collector.genesys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the Genesys feature in one place (token cache, HTTP timeouts, API budget, retries),
 * so operators find them together and the gateway's bounds are visible at a glance. Defaults live in
 * {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class GenesysConfig {

    /** Seconds before {@code expires_in} at which a cached token counts as stale and is fetched anew. */
    @Inject
    @ConfigProperty(name = "genesys.token.refresh-skew-seconds")
    long tokenRefreshSkewSeconds;

    /** Connect timeout of every Genesys HTTP call, token requests included. */
    @Inject
    @ConfigProperty(name = "genesys.http.connect-timeout-ms")
    long connectTimeoutMs;

    /** Read timeout of every Genesys HTTP call, token requests included. */
    @Inject
    @ConfigProperty(name = "genesys.http.read-timeout-ms")
    long readTimeoutMs;

    /** Requests per minute a tenant may send when its org's own limit is not known yet. */
    @Inject
    @ConfigProperty(name = "genesys.budget.requests-per-minute")
    int requestsPerMinute;

    /** How long a caller waits for a budget permit before it gets a {@link GenesysBudgetTimeoutException}. */
    @Inject
    @ConfigProperty(name = "genesys.budget.permit-timeout-seconds")
    long permitTimeoutSeconds;

    /**
     * Seconds of one slot of the budget all servers share: a slot grants at most limit / (61.2 / slot + 1) calls
     * (rounded down), so no minute holds more than the limit (see {@link ApiBudgetSlots}).
     */
    @Inject
    @ConfigProperty(name = "genesys.budget.shared-slot-seconds")
    int sharedSlotSeconds;

    /** Most callers of one tenant that may wait for a permit at once; more are refused at once. */
    @Inject
    @ConfigProperty(name = "genesys.budget.max-waiters")
    int maxWaiters;

    /** Attempts per call (the first one included) on 429, 502, 503, 504, timeouts and connection errors. */
    @Inject
    @ConfigProperty(name = "genesys.retry.max-attempts")
    int maxAttempts;

    /** First back-off delay; doubled on each further attempt, with jitter. */
    @Inject
    @ConfigProperty(name = "genesys.retry.initial-backoff-ms")
    long initialBackoffMs;

    /** Longest back-off delay between two attempts. */
    @Inject
    @ConfigProperty(name = "genesys.retry.max-backoff-ms")
    long maxBackoffMs;

    /** A {@code Retry-After} longer than this postpones the work ({@link GenesysPostponedException}) instead of waiting. */
    @Inject
    @ConfigProperty(name = "genesys.retry.max-wait-seconds")
    long maxWaitSeconds;

    /**
     * How long a verification may keep calling Genesys ({@code genesys.verification.max-seconds}): past it, no retry
     * and no further probe starts, so an admin waits at most this plus one read timeout, however silent the host.
     */
    @Inject
    @ConfigProperty(name = "genesys.verification.max-seconds")
    long verificationMaxSeconds = 30;

    /** For CDI. */
    protected GenesysConfig() {
    }

    /** Explicit values, for tests and tools that run without a container. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    GenesysConfig(long tokenRefreshSkewSeconds, long connectTimeoutMs, long readTimeoutMs, int requestsPerMinute,
                  long permitTimeoutSeconds, int maxWaiters, int maxAttempts, long initialBackoffMs,
                  long maxBackoffMs, long maxWaitSeconds) {
        this.tokenRefreshSkewSeconds = tokenRefreshSkewSeconds;
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
        this.requestsPerMinute = requestsPerMinute;
        this.permitTimeoutSeconds = permitTimeoutSeconds;
        this.maxWaiters = maxWaiters;
        this.maxAttempts = maxAttempts;
        this.initialBackoffMs = initialBackoffMs;
        this.maxBackoffMs = maxBackoffMs;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    /** The defaults of {@code microprofile-config.properties}. */
    static GenesysConfig defaults() {
        return new GenesysConfig(60, 5_000, 30_000, 300, 60, 1_000, 4, 500, 30_000, 180);
    }

    public Duration verificationMaxTime() {
        return Duration.ofSeconds(Math.max(1, verificationMaxSeconds));
    }

    public Duration tokenRefreshSkew() {
        return Duration.ofSeconds(tokenRefreshSkewSeconds);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(connectTimeoutMs);
    }

    public Duration readTimeout() {
        return Duration.ofMillis(readTimeoutMs);
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public Duration permitTimeout() {
        return Duration.ofSeconds(permitTimeoutSeconds);
    }

    public Duration sharedSlot() {
        return Duration.ofSeconds(Math.max(1, Math.min(60, sharedSlotSeconds)));
    }

    public int maxWaiters() {
        return maxWaiters;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return Duration.ofMillis(initialBackoffMs);
    }

    public Duration maxBackoff() {
        return Duration.ofMillis(maxBackoffMs);
    }

    public Duration maxWait() {
        return Duration.ofSeconds(maxWaitSeconds);
    }

    /** Upper bound of one token fetch: connect plus read, plus a second of slack. */
    public Duration tokenFetchTimeout() {
        return connectTimeout().plus(readTimeout()).plusSeconds(1);
    }
}
