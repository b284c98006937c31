package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes the journey sessions conversations name (V22), in plain JDBC on the application data source (joining the
 * caller's transaction when there is one), and says which ones a period's conversations name that are not fetched
 * yet: each fetched one is kept raw, with the few fields the read API shows ({@link JourneySessionRepository}).
 */
@ApplicationScoped
public class JourneySessionStore {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public JourneySessionStore() {
    }

    JourneySessionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The journey session ids the tenant's conversations that started in {@code [from, to)} name and that are not
     * stored yet, in id order, at most {@code limit}.
     */
    public List<String> pending(UUID tenantId, Instant from, Instant to, int limit) {
        return Jdbc.query(dataSource, "pending journey session query", "SELECT DISTINCT r.journey_session_id"
                + " FROM conversation_journey_session r JOIN conversation c ON c.tenant_id = r.tenant_id"
                + " AND c.conversation_id = r.conversation_id WHERE r.tenant_id = ? AND c.conversation_start >= ?"
                + " AND c.conversation_start < ? AND NOT EXISTS (SELECT 1 FROM journey_session s"
                + " WHERE s.tenant_id = r.tenant_id AND s.session_id = r.journey_session_id)"
                + " ORDER BY r.journey_session_id LIMIT ?", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                    s.setInt(4, limit);
                }, rs -> rs.getString(1));
    }

    /** How many journey sessions {@link #pending} would give without a limit. */
    public long countPending(UUID tenantId, Instant from, Instant to) {
        return Jdbc.query(dataSource, "pending journey session count", "SELECT COUNT(DISTINCT r.journey_session_id)"
                + " FROM conversation_journey_session r JOIN conversation c ON c.tenant_id = r.tenant_id"
                + " AND c.conversation_id = r.conversation_id WHERE r.tenant_id = ? AND c.conversation_start >= ?"
                + " AND c.conversation_start < ? AND NOT EXISTS (SELECT 1 FROM journey_session s"
                + " WHERE s.tenant_id = r.tenant_id AND s.session_id = r.journey_session_id)", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                }, rs -> rs.getLong(1)).get(0);
    }

    /** Journey sessions named per conversation that started in {@code [from, to)}; 0 without conversations. */
    public double sessionsPerConversation(UUID tenantId, Instant from, Instant to) {
        return Jdbc.query(dataSource, "journey session share", "SELECT (SELECT COUNT(DISTINCT r.journey_session_id)"
                + " FROM conversation_journey_session r JOIN conversation c ON c.tenant_id = r.tenant_id"
                + " AND c.conversation_id = r.conversation_id WHERE r.tenant_id = ? AND c.conversation_start >= ?"
                + " AND c.conversation_start < ?), (SELECT COUNT(*) FROM conversation WHERE tenant_id = ?"
                + " AND conversation_start >= ? AND conversation_start < ?)", s -> {
                    for (int i = 0; i < 2; i++) {
                        s.setObject(1 + i * 3, tenantId);
                        Jdbc.setInstant(s, 2 + i * 3, from);
                        Jdbc.setInstant(s, 3 + i * 3, to);
                    }
                }, rs -> rs.getLong(2) == 0 ? 0.0 : (double) rs.getLong(1) / rs.getLong(2)).get(0);
    }

    /**
     * Stores a fetched session, or (empty) that Genesys had none by the id; a session stored before is replaced.
     * The raw JSON is kept whole; type, customer and dates are read from it where they are what Genesys documents.
     */
    public void store(UUID tenantId, String sessionId, Optional<String> rawJson, Instant fetchedAt) {
        Fields f = rawJson.map(JourneySessionStore::fields).orElse(Fields.NONE);
        Jdbc.update(dataSource, "journey session upsert", "MERGE INTO journey_session t USING (VALUES"
                + " (CAST(? AS UUID), CAST(? AS VARCHAR(100)), CAST(? AS BOOLEAN), CAST(? AS VARCHAR(64)),"
                + " CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                + " CAST(? AS TEXT), CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v(tenant_id, session_id, found,"
                + " session_type, customer_id, created_date, ended_date, raw_json, fetched_at)"
                + " ON t.tenant_id = v.tenant_id AND t.session_id = v.session_id"
                + " WHEN MATCHED THEN UPDATE SET found = v.found, session_type = v.session_type,"
                + " customer_id = v.customer_id, created_date = v.created_date, ended_date = v.ended_date,"
                + " raw_json = v.raw_json, fetched_at = v.fetched_at"
                + " WHEN NOT MATCHED THEN INSERT (tenant_id, session_id, found, session_type, customer_id,"
                + " created_date, ended_date, raw_json, fetched_at) VALUES (v.tenant_id, v.session_id, v.found,"
                + " v.session_type, v.customer_id, v.created_date, v.ended_date, v.raw_json, v.fetched_at)",
                s -> Jdbc.bindAll(s, java.util.Arrays.asList(tenantId, Jdbc.bounded(sessionId, 100),
                        rawJson.isPresent(), Jdbc.bounded(f.type(), 64), Jdbc.bounded(f.customerId(), 100),
                        f.created(), f.ended(), rawJson.orElse(null), fetchedAt)));
    }

    /** The few fields kept as columns; null where the JSON has none, or not of the documented type. */
    private record Fields(String type, String customerId, Instant created, Instant ended) {
        static final Fields NONE = new Fields(null, null, null, null);
    }

    private static Fields fields(String raw) {
        try (JsonReader reader = Json.createReader(new StringReader(raw))) {
            JsonObject o = reader.readObject();
            return new Fields(text(o, "type"), text(o, "customerId"), instant(o, "createdDate"),
                    instant(o, "endedDate"));
        } catch (RuntimeException e) {
            // kept raw all the same: a session whose JSON the columns cannot read is still what Genesys sent
            return Fields.NONE;
        }
    }

    private static String text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static Instant instant(JsonObject o, String field) {
        String text = text(o, field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
