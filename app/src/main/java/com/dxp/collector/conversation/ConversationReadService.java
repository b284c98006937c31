package com.dxp.collector.conversation;

import com.dxp.collector.platform.rest.PageCursor;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.TimeWindow;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The read side of the conversation store for the API: checks the tenant exists (an unknown tenant is a 404, never
 * an empty page), turns cursors into keyset positions and back, and reads through {@link ConversationRepository}.
 * Keyset positions (start, id) make paging stable while conversations are being inserted: a page never repeats a
 * row and never skips one that existed when the first page was read.
 */
@ApplicationScoped
public class ConversationReadService {

    /** Largest page a client may ask for. */
    public static final int MAX_PAGE = 1000;

    private static final PageCursor CURSOR = new PageCursor("conversations");

    @Inject
    CompletenessStore completeness;

    @Inject
    ConversationRepository repository;

    @Inject
    TenantService tenants;

    @Inject
    ConversationConfig config;

    @Inject
    JourneySessionRepository journeySessions;

    public ConversationPage page(UUID tenantId, ConversationFilter filter, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        String scope = filter.scope(tenantId);
        Instant afterStart = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isEmpty()) {
            List<String> key = CURSOR.decode(cursor, scope, 2);
            try {
                afterStart = Instant.parse(key.get(0));
                afterId = UUID.fromString(key.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.badRequest("The cursor is not one this API returned.");
            }
        }
        PageCursor.Slice<ConversationOverview> page = CURSOR.slice(
                repository.page(tenantId, filter, afterStart, afterId, limit + 1), limit, scope,
                c -> new String[] {c.start().toString(), c.conversationId().toString()});
        return new ConversationPage(page.items(), page.nextCursor());
    }

    public ConversationDetail find(UUID tenantId, UUID conversationId) {
        tenants.requireTenant(tenantId);
        return repository.find(tenantId, conversationId).orElseThrow(() -> notFound(conversationId));
    }

    public String raw(UUID tenantId, UUID conversationId) {
        tenants.requireTenant(tenantId);
        return repository.findRaw(tenantId, conversationId).orElseThrow(() -> notFound(conversationId));
    }

    /** A fetched journey session; 404 when the tenant has none by the id (not named, or not fetched yet). */
    public JourneySession journeySession(UUID tenantId, String sessionId) {
        tenants.requireTenant(tenantId);
        return journeySessions.find(tenantId, sessionId).orElseThrow(() -> ProblemException.notFound("The tenant"
                + " has no journey session " + sessionId + " (a backfill fetches those its conversations name, for"
                + " a tenant that opted in)."));
    }

    /** The most queues and teams a summary breaks its figures down by. */
    static final int GROUPS = 50;

    /** The summary of a window; {@code poorMosBelow} overrides the configured threshold when given. */
    public TenantSummary summary(UUID tenantId, TimeWindow window, Double poorMosBelow) {
        tenants.requireTenant(tenantId);
        double threshold = poorMosBelow == null ? config.poorMosThreshold() : poorMosBelow;
        List<DailyConversations> days = repository.daily(tenantId, window, threshold);
        long conversations = 0;
        long withMos = 0;
        long poor = 0;
        long incomplete = 0;
        for (DailyConversations d : days) {
            conversations += d.conversations();
            withMos += d.withMos();
            poor += d.poorCalls();
            incomplete += d.incomplete();
        }
        return new TenantSummary(tenantId, window.from(), window.to(), threshold, conversations, withMos, poor,
                incomplete, withMos == 0 ? null : (double) poor / withMos,
                repository.latestStart(tenantId).orElse(null), completeness.watermark(tenantId).orElse(null), days,
                repository.mosBands(tenantId, window), repository.byQueue(tenantId, window, threshold, GROUPS),
                repository.byTeam(tenantId, window, threshold, GROUPS));
    }

    private static ProblemException notFound(UUID conversationId) {
        return ProblemException.notFound("The tenant has no conversation " + conversationId + ".");
    }
}
