package com.dxp.collector.conversation;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;
import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.Sha256;
import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.rest.PageCursor;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The conversation records the store refused, set aside whole ({@code refused_conversation}, V11): written beside the
 * rest of their batch, read by operators, and taken back out when a retry stores them. A record refused again counts
 * one refusal more instead of adding a row.
 */
@ApplicationScoped
public class RefusedConversationRepository {

    /** Largest page a client may ask for. */
    public static final int MAX_PAGE = 200;

    private static final PageCursor CURSOR = new PageCursor("refused-conversations");
    private static final String COLUMNS = "record_key, conversation_id, source, reason, first_refused,"
            + " last_refused, refusals";
    private static final int KEY_LENGTH = 100;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public RefusedConversationRepository() {
    }

    RefusedConversationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sets the records aside on {@code c} (the caller's transaction, if it has one), or counts them again. */
    static void setAside(Connection c, UUID tenantId, List<RefusedConversation> refused, Instant now)
            throws SQLException {
        if (refused.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("MERGE INTO refused_conversation t USING (VALUES (CAST(? AS"
                + " UUID), CAST(? AS VARCHAR(" + KEY_LENGTH + ")))) AS v(tenant_id, record_key)"
                + " ON t.tenant_id = v.tenant_id AND t.record_key = v.record_key"
                + " WHEN MATCHED THEN UPDATE SET source = ?, reason = ?, raw_json = ?, last_refused = ?,"
                + " refusals = t.refusals + 1"
                + " WHEN NOT MATCHED THEN INSERT (tenant_id, record_key, conversation_id, source, reason, raw_json,"
                + " first_refused, last_refused, refusals) VALUES (v.tenant_id, v.record_key, ?, ?, ?, ?, ?, ?, 1)")) {
            for (RefusedConversation r : refused) {
                String source = r.incoming().source().name();
                String reason = bounded(r.reason(), 2000);
                String raw = keepable(r.incoming().rawJson());
                s.setObject(1, tenantId);
                s.setString(2, key(r));
                s.setString(3, source);
                s.setString(4, reason);
                s.setString(5, raw);
                setInstant(s, 6, now);
                s.setString(7, bounded(r.conversationId(), KEY_LENGTH));
                s.setString(8, source);
                s.setString(9, reason);
                s.setString(10, raw);
                setInstant(s, 11, now);
                setInstant(s, 12, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The tenant's set-aside records, by key; {@code cursor} from the previous page. */
    public RefusedConversationPage page(UUID tenantId, String cursor, int limit) {
        String scope = tenantId.toString();
        String after = cursor == null || cursor.isEmpty() ? "" : CURSOR.decode(cursor, scope, 1).get(0);
        List<RefusedConversationView> rows = Jdbc.query(dataSource, "refused conversations page", "SELECT "
                + COLUMNS + ", NULL FROM refused_conversation WHERE tenant_id = ? AND record_key > ?"
                + " ORDER BY record_key LIMIT ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, after);
                    s.setInt(3, limit + 1);
                }, RefusedConversationRepository::view);
        PageCursor.Slice<RefusedConversationView> page = CURSOR.slice(rows, limit, scope,
                r -> new String[] {r.recordKey()});
        return new RefusedConversationPage(page.items(), page.nextCursor());
    }

    /** One set-aside record with its raw JSON. */
    public RefusedConversationView find(UUID tenantId, String recordKey) {
        List<RefusedConversationView> rows = Jdbc.query(dataSource, "refused conversation", "SELECT " + COLUMNS
                + ", raw_json FROM refused_conversation WHERE tenant_id = ? AND record_key = ?", s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, recordKey);
                }, RefusedConversationRepository::view);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Tenant " + tenantId + " has no refused conversation " + recordKey + ".");
        }
        return rows.get(0);
    }

    /** Up to {@code limit} set-aside records with their raw JSON, by key after {@code afterKey}: what a retry takes. */
    List<RefusedConversationView> batch(UUID tenantId, String afterKey, int limit) {
        return Jdbc.query(dataSource, "refused conversations to retry", "SELECT " + COLUMNS + ", raw_json"
                + " FROM refused_conversation WHERE tenant_id = ? AND record_key > ? ORDER BY record_key LIMIT ?",
                s -> {
                    s.setObject(1, tenantId);
                    s.setString(2, afterKey);
                    s.setInt(3, limit);
                }, RefusedConversationRepository::view);
    }

    /** Takes records out once a retry stored them. */
    void remove(UUID tenantId, List<String> recordKeys) {
        for (String key : recordKeys) {
            Jdbc.update(dataSource, "refused conversation removal", "DELETE FROM refused_conversation"
                    + " WHERE tenant_id = ? AND record_key = ?", s -> {
                        s.setObject(1, tenantId);
                        s.setString(2, key);
                    });
        }
    }

    /** How many records of the tenant are set aside. */
    public long count(UUID tenantId) {
        return Jdbc.query(dataSource, "refused conversation count", "SELECT COUNT(*) FROM refused_conversation"
                + " WHERE tenant_id = ?", s -> s.setObject(1, tenantId), rs -> rs.getLong(1)).get(0);
    }

    /**
     * The row's key: the conversation id the record names, or, when it names none that fits (missing, over 100
     * characters, holding NUL), {@code sha256:} and the digest of the raw record, so the same record maps to the same
     * row.
     */
    static String key(RefusedConversation r) {
        String id = r.conversationId();
        if (id != null && !id.isEmpty() && id.length() <= KEY_LENGTH && id.indexOf('\u0000') < 0) {
            return id;
        }
        return "sha256:" + Sha256.hex(r.incoming().rawJson());
    }

    /** The raw record as a text column holds it: a literal NUL (not valid JSON, but possible) as its escape. */
    static String keepable(String raw) {
        return raw.indexOf('\u0000') < 0 ? raw : raw.replace("\u0000", "\\u0000");
    }

    private static RefusedConversationView view(ResultSet rs) throws SQLException {
        return new RefusedConversationView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                instant(rs, 5), instant(rs, 6), rs.getInt(7), rs.getString(8));
    }
}
