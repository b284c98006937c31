package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantStopping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gateway's figures in the application metric registry (Prometheus at {@code /metrics}), tagged by tenant
 * and endpoint, so an operator sees which tenant is near its budget and which endpoint draws 429s.
 */
@ApplicationScoped
public class MicroProfileGatewayMetrics implements GatewayMetrics {

    private static final Metadata CALLS = Metadata.builder().withName("genesys.calls")
            .withDescription("Exchanges with the Genesys Cloud API by tenant, endpoint and outcome (2xx, 401, 403,"
                    + " 429, 4xx, 5xx, timeout, unreachable); endpoint oauth.token counts refused credentials")
            .build();
    private static final Metadata RATE_LIMITED = Metadata.builder().withName("genesys.rate-limited")
            .withDescription("429 answers from Genesys Cloud by tenant and endpoint").build();
    private static final Metadata RETRIES = Metadata.builder().withName("genesys.retries")
            .withDescription("Genesys Cloud calls sent again after a 429, a 5xx or no answer").build();
    private static final Metadata BUDGET_WAIT = Metadata.builder().withName("genesys.budget.wait")
            .withDescription("Time a call waited for a permit of its tenant's API budget").build();

    private MetricRegistry registry;
    private RecentCalls recent;

    /** For CDI. */
    protected MicroProfileGatewayMetrics() {
    }

    @Inject
    public MicroProfileGatewayMetrics(MetricRegistry registry, RecentCalls recent) {
        this.registry = registry;
        this.recent = recent;
    }

    @Override
    public void called(UUID tenantId, String endpoint, CallOutcome outcome, int status, String errorCode) {
        registry.counter(CALLS, new Tag("tenant", tenantTag(tenantId)), new Tag("endpoint", endpoint),
                new Tag("outcome", outcome.tag())).inc();
        if (!DRY_RUN.equals(tenantId)) {
            recent.record(tenantId, endpoint, outcome, status, errorCode);
        }
    }

    /** A purged tenant's series go with it. */
    void forget(@Observes TenantStopping purge) {
        String tenant = purge.tenantId().toString();
        registry.removeMatching((id, metric) -> tenant.equals(id.getTags().get("tenant")));
    }

    @Override
    public void rateLimited(UUID tenantId, String endpoint) {
        registry.counter(RATE_LIMITED, tags(tenantId, endpoint)).inc();
    }

    @Override
    public void retried(UUID tenantId, String endpoint) {
        registry.counter(RETRIES, tags(tenantId, endpoint)).inc();
    }

    @Override
    public void waited(UUID tenantId, String endpoint, Duration wait) {
        registry.timer(BUDGET_WAIT, tags(tenantId, endpoint)).update(wait);
    }

    private static Tag[] tags(UUID tenantId, String endpoint) {
        return new Tag[] {new Tag("tenant", tenantTag(tenantId)), new Tag("endpoint", endpoint)};
    }

    static String tenantTag(UUID tenantId) {
        return DRY_RUN.equals(tenantId) ? "dry-run" : tenantId.toString();
    }
}
