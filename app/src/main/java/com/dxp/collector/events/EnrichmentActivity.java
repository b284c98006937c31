package com.dxp.collector.events;

import com.dxp.collector.platform.cluster.ServerActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * This server's live enrichment in its heartbeat: the tenants whose conversations it fetched in the last minute.
 * Servers claim a tenant's due conversations batch by batch, so a busy tenant is usually served by several.
 */
@ApplicationScoped
public class EnrichmentActivity implements ServerActivity {

    /** How far back a tenant counts as served here. */
    static final Duration RECENT = Duration.ofMinutes(1);
    /** The most tenants listed: the heartbeat's activity is bounded. */
    static final int MAX_TENANTS = 200;

    /** The tenants enriched here in the last minute (at most {@link #MAX_TENANTS}, most recent first). */
    public record EnrichmentHere(List<UUID> tenantsLastMinute) {
    }

    @Inject
    EnrichmentWorker worker;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "enrichment";
    }

    @Override
    public EnrichmentHere now() {
        return new EnrichmentHere(worker.tenantsServedSince(clock.instant().minus(RECENT), MAX_TENANTS));
    }
}
