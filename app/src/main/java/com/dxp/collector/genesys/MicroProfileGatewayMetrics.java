package com.dxp.collector.genesys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gateway's figures in the application metric registry (Prometheus at {@code /metrics}), tagged by tenant
 * and endpoint, so an operator sees which tenant is near its budget and which endpoint draws 429s.
 */
@ApplicationScoped
public class MicroProfileGatewayMetrics implements GatewayMetrics {

    private MetricRegistry registry;

    /** For CDI. */
    protected MicroProfileGatewayMetrics() {
    }

    @Inject
    public MicroProfileGatewayMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void called(UUID tenantId, String endpoint, int status) {
        registry.counter("genesys.calls", tags(tenantId, endpoint)).inc();
    }

    @Override
    public void rateLimited(UUID tenantId, String endpoint) {
        registry.counter("genesys.rate-limited", tags(tenantId, endpoint)).inc();
    }

    @Override
    public void retried(UUID tenantId, String endpoint) {
        registry.counter("genesys.retries", tags(tenantId, endpoint)).inc();
    }

    @Override
    public void waited(UUID tenantId, String endpoint, Duration wait) {
        registry.timer("genesys.budget.wait", tags(tenantId, endpoint)).update(wait);
    }

    private static Tag[] tags(UUID tenantId, String endpoint) {
        return new Tag[] {new Tag("tenant", tenantId.toString()), new Tag("endpoint", endpoint)};
    }
}
