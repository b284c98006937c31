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

    private static TenantHealth health(UUID id, HealthStatus status, long backlog, Instant oldest,
            Instant lastEvent) {
        HealthFacts facts = new HealthFacts(lastEvent, null, null, backlog, oldest,
                new GenesysCalls(NOW, Map.of(), (RecentCalls.Fault) null, null), null, List.of(), null, 0, 0, List.of());
        return new TenantHealth(id, "t", status, List.of(), facts, NOW);
    }
}
