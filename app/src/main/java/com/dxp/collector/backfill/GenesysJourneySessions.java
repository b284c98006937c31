package com.dxp.collector.backfill;

import com.dxp.collector.conversation.JourneySessionStore;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.JourneyClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The journey sessions port over Genesys and the store: {@code GET /api/v2/journey/sessions/{id}} on the tenant's
 * backfill lane ({@link BackfillLane}), a 404 read as "Genesys has none", and the store's pending and upsert.
 */
@ApplicationScoped
public class GenesysJourneySessions implements JourneySessions {

    @Inject
    BackfillLane lane;

    @Inject
    JourneySessionStore store;

    @Override
    public List<String> pending(UUID tenantId, Instant from, Instant to, int limit) {
        return store.pending(tenantId, from, to, limit);
    }

    @Override
    public Optional<String> fetch(UUID tenantId, String sessionId) {
        GenesysResponse r = lane.call(tenantId, "journey.sessions.get", JourneyClient.class,
                c -> c.session(sessionId));
        return r.status() == 404 ? Optional.empty() : Optional.of(r.body());
    }

    @Override
    public void store(UUID tenantId, String sessionId, Optional<String> rawJson, Instant fetchedAt) {
        store.store(tenantId, sessionId, rawJson, fetchedAt);
    }
}
