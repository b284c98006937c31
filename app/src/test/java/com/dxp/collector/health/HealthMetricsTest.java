package com.dxp.collector.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.RecentCalls;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

class HealthMetricsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    /** Registered gauges by "name tenant", read as the registry would on a scrape. */
    private final Map<String, Runnable> reads = new HashMap<>();
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, String> help = new HashMap<>();
    private final Map<UUID, TenantHealth> healths = new HashMap<>();

    @Test
    void shouldPublishANewTenantsGaugesAndRemoveThemOnceItIsGone() {
        UUID a = UUID.randomUUID();
        healths.put(a, health(a, HealthStatus.LATE, 42, NOW.minusSeconds(90), NOW.minusSeconds(30)));
        HealthMetrics metrics = metrics();

        metrics.sync();
        scrape();

        assertEquals(1.0, values.get("tenant.health.status " + a));
        assertEquals(42.0, values.get("tenant.enrichment.backlog " + a));
        assertEquals(90.0, values.get("tenant.enrichment.oldest.pending.seconds " + a));
        assertEquals(30.0, values.get("tenant.last.event.age.seconds " + a));
        assertTrue(Double.isNaN(values.get("tenant.last.conversation.end.event.age.seconds " + a)), "none yet");
        assertTrue(help.values().stream().noneMatch(String::isBlank), "every gauge has its HELP text");

        healths.clear();
        metrics.sync();

        assertEquals(Map.of(), reads, "a purged tenant's gauges go");
    }

    @Test
    void shouldPublishQuarantinedMessagesWaitingAndOnlyTheRunsRunningNow() {
        UUID busy = UUID.randomUUID();
        UUID idle = UUID.randomUUID();
        healths.put(busy, health(busy, 7, List.of(run("conversationBackfill", "STARTED"),
                run("directorySync", "STARTING"))));
        healths.put(idle, health(idle, 0, List.of(run("conversationBackfill", "COMPLETED"),
                run("directorySync", "FAILED"))));
        HealthMetrics metrics = metrics();

        metrics.sync();
        scrape();

        assertEquals(7.0, values.get("tenant.quarantine.waiting " + busy));
        assertEquals(2.0, values.get("tenant.runs.running " + busy), "a starting run counts as running");
        assertEquals(0.0, values.get("tenant.quarantine.waiting " + idle));
        assertEquals(0.0, values.get("tenant.runs.running " + idle), "ended runs do not count");
    }

    private void scrape() {
        values.clear();
        reads.values().forEach(Runnable::run);
    }

    @SuppressWarnings("unchecked")
    private HealthMetrics metrics() {
        HealthMetrics m = new HealthMetrics();
        m.health = new TenantHealthService() {
            @Override
            public Collection<TenantHealth> all() {
                return List.copyOf(healths.values());
            }

            @Override
            public Optional<TenantHealth> cached(UUID tenantId) {
                return Optional.ofNullable(healths.get(tenantId));
            }
        };
        m.registry = (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("gauge") && args[0] instanceof Metadata md) {
                        String key = md.getName() + " " + ((Tag[]) args[3])[0].getTagValue();
                        help.put(key, md.getDescription());
                        Object object = args[1];
                        Function<Object, Number> f = (Function<Object, Number>) args[2];
                        reads.put(key, () -> values.put(key, f.apply(object).doubleValue()));
                        return null;
                    }
                    if (method.getName().equals("remove") && args[0] instanceof MetricID id) {
                        return reads.remove(id.getName() + " " + id.getTags().get("tenant")) != null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return m;
    }

    private static TenantHealth health(UUID id, long quarantinedWaiting, List<RunState> runs) {
        HealthFacts facts = new HealthFacts(null, null, null, 0, null,
                new GenesysCalls(NOW, Map.of(), (RecentCalls.Fault) null, null), null, runs, null,
                quarantinedWaiting, 0, List.of());
        return new TenantHealth(id, "t", HealthStatus.OK, List.of(), facts, NOW);
    }

    private static RunState run(String job, String status) {
        boolean ended = !status.startsWith("START");
        return new RunState(1, job, status, null, NOW.minusSeconds(600), ended ? NOW.minusSeconds(60) : null);
    }

    private static TenantHealth health(UUID id, HealthStatus status, long backlog, Instant oldest,
            Instant lastEvent) {
        HealthFacts facts = new HealthFacts(lastEvent, null, null, backlog, oldest,
                new GenesysCalls(NOW, Map.of(), (RecentCalls.Fault) null, null), null, List.of(), null, 0, 0, List.of());
        return new TenantHealth(id, "t", status, List.of(), facts, NOW);
    }
}
