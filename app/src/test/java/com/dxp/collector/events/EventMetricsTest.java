package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

/**
 * The enrichment lag reaches the registry as one timer per tenant. No MicroProfile Metrics implementation is on the
 * test class path, so a registry that records the timers asked for and their updates stands in for one.
 */
class EventMetricsTest {

    private static final UUID A = UUID.fromString("7e000000-0000-4000-8000-0000000000a1");
    private static final UUID B = UUID.fromString("7e000000-0000-4000-8000-0000000000b2");

    /** Updates as "name{tags} seconds". */
    private final List<String> updates = new ArrayList<>();

    @Test
    void shouldTimeTheEnrichmentLagUnderItsTenant() {
        EventMetrics metrics = new EventMetrics();
        metrics.registry = registry();

        metrics.enrichmentLag(A, Duration.ofSeconds(90));
        metrics.enrichmentLag(B, Duration.ofSeconds(30));

        assertEquals(List.of("events.enrichment.lag{tenant=" + A + "} 90",
                "events.enrichment.lag{tenant=" + B + "} 30"), updates);
    }

    private MetricRegistry registry() {
        return (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("timer") && args.length == 2 && args[0] instanceof Metadata md) {
                        String key = md.getName() + Arrays.stream((Tag[]) args[1])
                                .map(t -> t.getTagName() + "=" + t.getTagValue()).sorted()
                                .collect(Collectors.joining(",", "{", "}"));
                        return timer(key);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Timer timer(String key) {
        return (Timer) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Timer.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("update") && args[0] instanceof Duration d) {
                        updates.add(key + " " + d.toSeconds());
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
