package com.dxp.collector.events;

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
 * Pages through a tenant's user sessions and operational events for the read API, oldest first, with keyset
 * cursors on (time, event id); an unknown tenant is a 404, never an empty page.
 */
@ApplicationScoped
public class EventReadService {

    /** Largest page a client may ask for. */
    public static final int MAX_PAGE = 1000;

    private static final PageCursor SESSIONS = new PageCursor("user-sessions");
    private static final PageCursor OPERATIONAL = new PageCursor("operational-events");

    @Inject
    EventRepository repository;

    @Inject
    TenantService tenants;

    public UserSessionPage userSessions(UUID tenantId, TimeWindow window, String userId, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        String scope = tenantId + "|" + window.scope() + "|" + userId;
        PageCursor.Slice<UserSession> page = SESSIONS.slice(repository.userSessions(tenantId, window, userId,
                position(SESSIONS, cursor, scope), limit + 1), limit, scope,
                s -> new String[] {s.tokenCreated().toString(), s.eventId()});
        return new UserSessionPage(page.items(), page.nextCursor());
    }

    public OperationalEventPage operationalEvents(UUID tenantId, TimeWindow window, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        String scope = tenantId + "|" + window.scope();
        PageCursor.Slice<OperationalEvent> page = OPERATIONAL.slice(repository.operationalEvents(tenantId, window,
                position(OPERATIONAL, cursor, scope), limit + 1), limit, scope,
                e -> new String[] {e.occurredAt().toString(), e.eventId()});
        return new OperationalEventPage(page.items(), page.nextCursor());
    }

    private static EventRepository.Position position(PageCursor kind, String cursor, String scope) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        List<String> key = kind.decode(cursor, scope, 2);
        try {
            return new EventRepository.Position(Instant.parse(key.get(0)), key.get(1));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The cursor is not one this API returned.");
        }
    }
}
