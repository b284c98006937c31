package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the journey sessions a backfill fetched ({@link JourneySessionStore} writes them) for the read API. */
@ApplicationScoped
public class JourneySessionRepository {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public JourneySessionRepository() {
    }

    JourneySessionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored session, or empty when it was never fetched. */
    public Optional<JourneySession> find(UUID tenantId, String sessionId) {
        return Jdbc.query(dataSource, "journey session query", "SELECT session_id, found, session_type, customer_id,"
                + " created_date, ended_date, fetched_at, raw_json FROM journey_session WHERE tenant_id = ?"
                + " AND session_id = ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, sessionId);
                }, rs -> new JourneySession(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        Jdbc.instant(rs, 5), Jdbc.instant(rs, 6), Jdbc.instant(rs, 7), rs.getString(8)))
                .stream().findFirst();
    }
}
