package com.dxp.collector.events;

import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.tenant.TenantChanged;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the tenant an event belongs to by the Genesys org id in its source (the org id verification learned) and,
 * when the tenant names its EventBridge event source, by that source's suffix too. Lookups are cached briefly
 * ({@code events.routing.cache-seconds}) so a busy queue does not read the tenant table per message; a tenant added,
 * enabled or disabled on this instance is routed accordingly as soon as the change commits ({@link TenantChanged}),
 * on other instances once the entry expires.
 */
@ApplicationScoped
public class TenantRouter {

    @Inject
    TenantService tenants;

    @Inject
    EventsConfig config;

    Clock clock = Clock.systemUTC();

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    /** The enabled tenant of this event; an unknown org or suffix, or a disabled tenant, is unusable. */
    public UUID route(EventEnvelope e) throws UnusableMessageException {
        if (Ids.parse(e.orgId()).isEmpty()) {
            // a Genesys org id is a UUID; anything else (NUL and all) cannot name a tenant, nor reach the lookup
            throw new UnusableMessageException(QuarantineReason.UNKNOWN_TENANT, "the source names no Genesys org id"
                    + " (a UUID)");
        }
        Instant now = clock.instant();
        Cached c = cache.get(e.orgId());
        if (c == null || c.until().isBefore(now)) {
            c = new Cached(tenants.findByGenesysOrgId(e.orgId()), now.plus(config.routingCache()));
            cache.put(e.orgId(), c);
        }
        TenantView t = c.tenant().orElseThrow(() -> new UnusableMessageException(QuarantineReason.UNKNOWN_TENANT,
                "no tenant has Genesys org " + e.orgId() + " (tenants learn their org id when verified)"));
        String suffix = t.eventBridge() == null ? null : t.eventBridge().eventSourceSuffix();
        if (suffix != null && !suffix.equals(e.sourceSuffix())) {
            throw new UnusableMessageException(QuarantineReason.UNKNOWN_TENANT, "tenant " + t.id() + " of org "
                    + e.orgId() + " expects event source suffix " + suffix + ", not " + e.sourceSuffix());
        }
        if (!t.enabled()) {
            throw new UnusableMessageException(QuarantineReason.DISABLED_TENANT, "tenant " + t.id()
                    + " is disabled");
        }
        return t.id();
    }

    /** Forgets every cached lookup, so a replay sees tenants as they are now. */
    public void forget() {
        cache.clear();
    }

    /** A tenant changed on this instance: route by what was committed (other instances wait for expiry). */
    void onTenantChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantChanged change) {
        forget();
    }

    private record Cached(Optional<TenantView> tenant, Instant until) {
    }
}
