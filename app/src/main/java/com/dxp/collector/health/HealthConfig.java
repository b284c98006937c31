package com.dxp.collector.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the tenant health: the thresholds from which a figure becomes a reason, and how long a
 * worked-out verdict is reused by the tenant list and the overview. Defaults in
 * {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class HealthConfig {

    /** Minutes a conversation may wait for enrichment before the tenant is LATE. */
    @Inject
    @ConfigProperty(name = "health.tenant.backlog-late-minutes")
    int backlogLateMinutes;

    /** 5xx answers, timeouts and failed connections in an hour from which the tenant is DEGRADED. */
    @Inject
    @ConfigProperty(name = "health.tenant.genesys-errors-per-hour")
    int genesysErrorsPerHour;

    /** 429 answers in an hour from which the tenant is DEGRADED. */
    @Inject
    @ConfigProperty(name = "health.tenant.rate-limited-per-hour")
    int rateLimitedPerHour;

    /**
     * Hours the days proved complete may lag behind now before the tenant is LATE: the nightly reconciliation proves
     * yesterday, so up to 48 hours is normal.
     */
    @Inject
    @ConfigProperty(name = "health.tenant.complete-through-late-hours")
    int completeThroughLateHours;

    /** Seconds a verdict is reused by the tenant list and the overview (a single tenant's health is always fresh). */
    @Inject
    @ConfigProperty(name = "health.tenant.cache-seconds")
    int cacheSeconds;

    /** Minutes of event-stream silence after which the tenant is ERROR rather than LATE (the events feature's key). */
    @Inject
    @ConfigProperty(name = "events.stream-check.error-after-minutes")
    int silentErrorAfterMinutes;

    public Duration backlogLate() {
        return Duration.ofMinutes(Math.max(1, backlogLateMinutes));
    }

    public long genesysErrorsPerHour() {
        return Math.max(1, genesysErrorsPerHour);
    }

    public long rateLimitedPerHour() {
        return Math.max(1, rateLimitedPerHour);
    }

    public Duration completeThroughLate() {
        return Duration.ofHours(Math.max(1, completeThroughLateHours));
    }

    public Duration cache() {
        return Duration.ofSeconds(Math.max(0, cacheSeconds));
    }

    public Duration silentErrorAfter() {
        return Duration.ofMinutes(Math.max(1, silentErrorAfterMinutes));
    }
}
