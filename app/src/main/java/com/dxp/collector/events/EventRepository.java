package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.rest.TimeWindow;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads a tenant's user sessions and operational events in (time, event id) order, the order of their indexes, so a
 * page is one index range however many events the tenant has.
 */
@ApplicationScoped
public class EventRepository {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public EventRepository() {
    }

    EventRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** UserSession.findPage: sessions in the window (either bound open), optionally of one user. */
    public List<UserSession> userSessions(UUID tenantId, TimeWindow window, String userId, Position after,
            int limit) {
        List<Object> args = new ArrayList<>();
        String where = timeRange("token_created", tenantId, window, after, args);
        if (userId != null) {
            where += " AND user_id = ?";
            args.add(userId);
        }
        args.add(limit);
        return Jdbc.query(dataSource, "user session page query", "SELECT event_id, user_id, user_name, ip_address,"
                + " client_id, session_id, token_created, token_expires, received_at FROM user_session WHERE "
                + where + " ORDER BY token_created, event_id LIMIT ?", s -> Jdbc.bindAll(s, args),
                rs -> new UserSession(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), instant(rs, 9)));
    }

    /** OperationalEvent.findPage: events in the window (either bound open). */
    public List<OperationalEvent> operationalEvents(UUID tenantId, TimeWindow window, Position after, int limit) {
        List<Object> args = new ArrayList<>();
        String where = timeRange("occurred_at", tenantId, window, after, args);
        args.add(limit);
        return Jdbc.query(dataSource, "operational event page query", "SELECT event_id, definition_id,"
                + " definition_name, entity_id, entity_name, entity_type, error_code, previous_value, current_value,"
                + " conversation_id, occurred_at, received_at FROM operational_event WHERE " + where
                + " ORDER BY occurred_at, event_id LIMIT ?", s -> Jdbc.bindAll(s, args),
                rs -> new OperationalEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), instant(rs, 11), instant(rs, 12)));
    }

    /** The tenant, the window and the keyset position on a (time, event id) ordered table. */
    private static String timeRange(String timeColumn, UUID tenantId, TimeWindow window, Position after,
            List<Object> args) {
        StringBuilder where = new StringBuilder("tenant_id = ?");
        args.add(tenantId);
        if (window.from() != null) {
            where.append(" AND ").append(timeColumn).append(" >= ?");
            args.add(window.from());
        }
        if (window.to() != null) {
            where.append(" AND ").append(timeColumn).append(" < ?");
            args.add(window.to());
        }
        if (after != null) {
            where.append(" AND (").append(timeColumn).append(" > ? OR (").append(timeColumn)
                    .append(" = ? AND event_id > ?))");
            args.add(after.time());
            args.add(after.time());
            args.add(after.eventId());
        }
        return where.toString();
    }

    /** The sort key of the last row of a page. */
    public record Position(Instant time, String eventId) {
    }
}
