package com.dxp.collector.events;

import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.tenant.EventBridgeSource;
import com.dxp.collector.tenant.TenantChanged;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the tenant an event belongs to by the Genesys org id in its source (the org id verification learned) and,
 * when the tenant names its EventBridge event source, checks that the event came from it: same AWS account, region
 * and source suffix, else it is quarantined as {@link QuarantineReason#SOURCE_MISMATCH}. Lookups are cached briefly
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
        Optional<String> mismatch = mismatch(t.eventBridge(), e);
        if (mismatch.isPresent()) {
            throw new UnusableMessageException(QuarantineReason.SOURCE_MISMATCH, "tenant " + t.id() + " of org "
                    + e.orgId() + " expects its events from " + mismatch.get());
        }
        if (!t.enabled()) {
            throw new UnusableMessageException(QuarantineReason.DISABLED_TENANT, "tenant " + t.id()
                    + " is disabled");
        }
        return t.id();
    }

    /**
     * How the event's source differs from the one the tenant names, or empty when it does not (or the tenant names
     * none): the AWS account and region of the event bus and the event source suffix must all match, so an event
     * with the org's id sent from someone else's account is not taken for the tenant's.
     */
    static Optional<String> mismatch(EventBridgeSource expected, EventEnvelope e) {
        if (expected == null) {
            return Optional.empty();
        }
        List<String> differences = new ArrayList<>();
        differ(differences, "AWS account", expected.awsAccountId(), e.account());
        differ(differences, "AWS region", expected.awsRegion(), e.region());
        differ(differences, "event source suffix", expected.eventSourceSuffix(), e.sourceSuffix());
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences));
    }

    private static void differ(List<String> differences, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            differences.add(what + " " + expected + ", not " + (actual == null ? "none" : printable(actual)));
        }
    }

    /** At most 64 characters of a value from the message, control characters shown as '?'. */
    private static String printable(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
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
