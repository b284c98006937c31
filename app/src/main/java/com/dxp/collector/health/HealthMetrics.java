package com.dxp.collector.health;

import com.dxp.collector.platform.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Each tenant's health as gauges, for dashboards and alert rules: its status, enrichment backlog and the age of its
 * oldest pending conversation, the age of its last event, quarantined messages waiting, runs running. Values come
 * from every tenant's health as last worked out ({@code health.tenant.cache-seconds}), so a scrape costs at most one
 * working-out; a tenant's gauges appear within half a minute of it and go when it is purged.
 */
@ApplicationScoped
public class HealthMetrics {

    private static final Logger LOG = Logger.getLogger(HealthMetrics.class.getName());
    private static final Duration SYNC_EVERY = Duration.ofSeconds(30);

    /** A per-tenant gauge: its name, HELP text and value. */
    private record Gauge(String name, String help, ToDoubleFunction<TenantHealth> value) {
    }

    private static final List<Gauge> GAUGES = List.of(
            new Gauge("tenant.health.status", "Tenant health: 0 OK, 1 LATE, 2 DEGRADED, 3 ERROR, 4 PAUSED",
                    h -> h.status().ordinal()),
            new Gauge("tenant.enrichment.backlog", "Conversations of the tenant waiting for enrichment",
                    h -> h.facts().enrichmentBacklog()),
            new Gauge("tenant.enrichment.oldest.pending.seconds",
                    "Seconds the tenant's oldest conversation has waited for enrichment; 0 with none waiting",
                    h -> age(h.facts().oldestPendingSince(), h.computedAt(), 0)),
            new Gauge("tenant.last.event.age.seconds",
                    "Seconds since the tenant's newest event of any topic was received; NaN before the first",
                    h -> age(h.facts().lastEventReceivedAt(), h.computedAt(), Double.NaN)),
            new Gauge("tenant.last.conversation.end.event.age.seconds",
                    "Seconds since the tenant's newest customer.end event was received; NaN before the first",
                    h -> age(h.facts().lastConversationEndEventAt(), h.computedAt(), Double.NaN)),
            new Gauge("tenant.quarantine.waiting", "Messages of the tenant waiting in quarantine for a replay",
                    h -> h.facts().quarantinedWaiting()),
            new Gauge("tenant.runs.running", "The tenant's backfills and directory syncs running now",
                    h -> h.facts().runs().stream().filter(r -> "STARTED".equals(r.status())
                            || "STARTING".equals(r.status())).count()));

    @Inject
    MetricRegistry registry;

    @Inject
    TenantHealthService health;

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    private final Set<UUID> registered = ConcurrentHashMap.newKeySet();
    private PeriodicTask runs;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        runs = PeriodicTask.start(scheduler, Duration.ofSeconds(5), SYNC_EVERY, LOG, "health: tenant gauge sync",
                this::sync);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel();
        }
    }

    /** Registers the gauges of tenants that have none and removes those of tenants that are gone. */
    void sync() {
        Set<UUID> now = new HashSet<>();
        health.all().forEach(h -> now.add(h.tenantId()));
        for (UUID id : now) {
            if (registered.add(id)) {
                Tag tenant = new Tag("tenant", id.toString());
                for (Gauge g : GAUGES) {
                    registry.gauge(Metadata.builder().withName(g.name()).withDescription(g.help()).build(), id,
                            tenantId -> health.cached(tenantId).map(h -> g.value().applyAsDouble(h))
                                    .orElse(Double.NaN), tenant);
                }
            }
        }
        for (UUID id : Set.copyOf(registered)) {
            if (!now.contains(id)) {
                Tag tenant = new Tag("tenant", id.toString());
                GAUGES.forEach(g -> registry.remove(new MetricID(g.name(), tenant)));
                registered.remove(id);
            }
        }
    }

    private static double age(Instant since, Instant at, double none) {
        return since == null ? none : Math.max(0, Duration.between(since, at).toMillis() / 1000.0);
    }
}
