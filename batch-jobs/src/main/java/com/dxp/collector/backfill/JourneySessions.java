package com.dxp.collector.backfill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Predictive Engagement journey sessions the stored conversations name, fetched one by one by id
 * ({@code journey:session:view}), implemented by the app. {@link #fetch} is one call on the backfill lane and fails
 * as {@link ConversationHistory}'s calls do: {@link HistoryUnavailableException} passes (the step retries it a few
 * times), {@link HistoryPostponedException} is waited out, {@link HistoryRefusedException} fails the step.
 */
public interface JourneySessions {

    /**
     * The journey session ids the tenant's conversations that started in {@code [from, to)} name and that are not
     * stored yet (fetched, or known missing), sorted, at most {@code limit}.
     */
    List<String> pending(UUID tenantId, Instant from, Instant to, int limit);

    /** The session's JSON as Genesys sent it; empty when Genesys has no session by the id (404). */
    Optional<String> fetch(UUID tenantId, String sessionId);

    /** Stores what {@link #fetch} gave (an empty one as known missing), so the session is not asked for again. */
    void store(UUID tenantId, String sessionId, Optional<String> rawJson, Instant fetchedAt);
}
