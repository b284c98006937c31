package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantStopping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Each tenant's Genesys calls of the last hour by {@link CallOutcome}, and its last faulty answer: what the tenant
 * health reports as "Genesys errors and 429s in the last hour". Kept in memory in one-minute buckets (60 per tenant,
 * a few KB), so reading it costs nothing; a restart starts it empty, which the health document says by its
 * {@code since}.
 */
@ApplicationScoped
public class RecentCalls {

    /** How far back the figures reach. */
    public static final Duration SPAN = Duration.ofHours(1);
    private static final int BUCKETS = 60;
    private static final long BUCKET_MILLIS = SPAN.toMillis() / BUCKETS;

    /**
     * The last hour of one tenant.
     *
     * @param since     where the figures start: an hour ago, or the server's start when that is later
     * @param byOutcome calls by outcome; outcomes without a call are absent
     * @param lastFault the last faulty answer, at any time since the start
     * @param lastSuccess the last 2xx answer, at any time since the start
     */
    public record Summary(Instant since, Map<CallOutcome, Long> byOutcome, Fault lastFault, Instant lastSuccess) {

        /** Calls with this outcome. */
        public long count(CallOutcome outcome) {
            return byOutcome.getOrDefault(outcome, 0L);
        }

        /** All calls. */
        public long total() {
            return byOutcome.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A faulty answer.
     *
     * @param at        when
     * @param endpoint  the gateway's name of the endpoint
     * @param outcome   its class
     * @param status    the HTTP status, 0 without an answer
     * @param errorCode Genesys's error code, if the body had one
     */
    @Schema(name = "GenesysFault", description = "A faulty answer of Genesys Cloud.")
    public record Fault(
            @Schema(description = "When", example = "2026-12-01T09:12:07.483Z") Instant at,
            @Schema(description = "The gateway's name of the endpoint", example = "analytics.details.query")
            String endpoint,
            @Schema(description = "Its class") CallOutcome outcome,
            @Schema(description = "The HTTP status, 0 without an answer", example = "429") int status,
            @Schema(description = "Genesys's error code, if the body had one",
                    example = "too.many.requests.retry.after") String errorCode) {
    }

    private final Map<UUID, Tenant> tenants = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Instant started;

    public RecentCalls() {
        this(Clock.systemUTC());
    }

    RecentCalls(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Counts one exchange. */
    public void record(UUID tenantId, String endpoint, CallOutcome outcome, int status, String errorCode) {
        Instant now = clock.instant();
        Tenant t = tenants.computeIfAbsent(tenantId, id -> new Tenant());
        t.add(now.toEpochMilli() / BUCKET_MILLIS, outcome);
        if (outcome.fault()) {
            t.lastFault = new Fault(now, endpoint, outcome, status, errorCode);
        } else if (outcome == CallOutcome.SUCCESS) {
            t.lastSuccess = now;
        }
    }

    /** The tenant's last hour; empty figures for a tenant without calls. */
    public Summary lastHour(UUID tenantId) {
        Instant now = clock.instant();
        Instant hourAgo = now.minus(SPAN);
        Instant since = hourAgo.isBefore(started) ? started : hourAgo;
        Tenant t = tenants.get(tenantId);
        if (t == null) {
            return new Summary(since, Map.of(), null, null);
        }
        return new Summary(since, t.sum(now.toEpochMilli() / BUCKET_MILLIS), t.lastFault, t.lastSuccess);
    }

    /** Forgets a purged tenant. */
    void forget(@Observes TenantStopping purge) {
        tenants.remove(purge.tenantId());
    }

    /** A ring of one-minute buckets; each slot knows which minute it holds, so stale slots read as empty. */
    private static final class Tenant {
        private final long[] minutes = new long[BUCKETS];
        private final long[][] counts = new long[BUCKETS][CallOutcome.values().length];
        private volatile Fault lastFault;
        private volatile Instant lastSuccess;

        synchronized void add(long minute, CallOutcome outcome) {
            int slot = (int) Math.floorMod(minute, (long) BUCKETS);
            if (minutes[slot] != minute) {
                minutes[slot] = minute;
                Arrays.fill(counts[slot], 0);
            }
            counts[slot][outcome.ordinal()]++;
        }

        synchronized Map<CallOutcome, Long> sum(long currentMinute) {
            Map<CallOutcome, Long> sums = new EnumMap<>(CallOutcome.class);
            for (int slot = 0; slot < BUCKETS; slot++) {
                if (currentMinute - minutes[slot] < BUCKETS && minutes[slot] <= currentMinute) {
                    for (CallOutcome o : CallOutcome.values()) {
                        long n = counts[slot][o.ordinal()];
                        if (n > 0) {
                            sums.merge(o, n, Long::sum);
                        }
                    }
                }
            }
            return sums;
        }
    }
}
