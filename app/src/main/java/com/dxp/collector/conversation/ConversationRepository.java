package com.dxp.collector.conversation;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.nullableDouble;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import com.dxp.collector.platform.rest.TimeWindow;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads stored conversations for the read API: pages of conversations by start time with filters, one conversation
 * with everything below it, its raw JSON, and per-day counts. Every statement is scoped by the tenant id
 * first, which is also the first column of every key and index it uses.
 */
@ApplicationScoped
public class ConversationRepository {

    private static final String OVERVIEW_COLUMNS = "c.conversation_id, c.conversation_start, c.conversation_end,"
            + " c.originating_direction, c.media_types, c.division_ids, c.min_mos, c.min_r_factor, c.external_tag,"
            + " c.complete, c.source, c.first_seen, c.last_fetched";

    private final ConversationRecordParser parser = new ConversationRecordParser();

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    private volatile Boolean postgres;

    public ConversationRepository() {
    }

    ConversationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Conversation.findByWindow: up to {@code limit} conversations of the filter's window in (start, id) order,
     * after the position {@code (afterStart, afterId)} when one is given.
     */
    public List<ConversationOverview> page(UUID tenantId, ConversationFilter f, Instant afterStart, UUID afterId,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + OVERVIEW_COLUMNS + " FROM conversation c"
                + " WHERE c.tenant_id = ? AND c.conversation_start >= ? AND c.conversation_start < ?");
        List<Object> args = new ArrayList<>(List.of(tenantId, f.window().from(), f.window().to()));
        if (afterStart != null) {
            sql.append(" AND (c.conversation_start > ? OR (c.conversation_start = ? AND c.conversation_id > ?))");
            args.addAll(List.of(afterStart, afterStart, afterId));
        }
        if (f.mediaType() != null) {
            sql.append(" AND ',' || c.media_types || ',' LIKE ?");
            args.add("%," + f.mediaType() + ",%");
        }
        if (f.direction() != null) {
            sql.append(" AND c.originating_direction = ?");
            args.add(f.direction());
        }
        if (f.divisionId() != null) {
            sql.append(" AND ',' || c.division_ids || ',' LIKE ?");
            args.add("%," + f.divisionId() + ",%");
        }
        if (f.mosBelow() != null) {
            sql.append(" AND c.min_mos < ?");
            args.add(f.mosBelow());
        }
        if (f.incompleteOnly()) {
            sql.append(" AND c.complete = FALSE");
        }
        if (f.userId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM participant p WHERE p.tenant_id = c.tenant_id"
                    + " AND p.conversation_id = c.conversation_id AND p.user_id = ?)");
            args.add(f.userId());
        }
        if (f.queueId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM segment g WHERE g.tenant_id = c.tenant_id"
                    + " AND g.conversation_id = c.conversation_id AND g.queue_id = ?)");
            args.add(f.queueId());
        }
        if (f.flowId() != null) {
            sql.append(" AND ',' || c.flow_ids || ',' LIKE ?");
            args.add("%," + f.flowId() + ",%");
        }
        if (f.teamId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM participant p WHERE p.tenant_id = c.tenant_id"
                    + " AND p.conversation_id = c.conversation_id AND (p.team_id = ? OR p.user_id IN"
                    + " (SELECT m.user_id FROM team_member m WHERE m.tenant_id = c.tenant_id AND m.team_id = ?)))");
            args.add(f.teamId());
            args.add(f.teamId());
        }
        if (f.attribute() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM participant_attribute a WHERE a.tenant_id = c.tenant_id"
                    + " AND a.conversation_id = c.conversation_id AND a.name_key = ? AND a.value_key = ?"
                    + " AND a.name = ? AND a.value = ?)");
            args.addAll(List.of(f.attribute().nameKey(), f.attribute().valueKey(), f.attribute().name(),
                    f.attribute().value()));
        }
        sql.append(" ORDER BY c.conversation_start, c.conversation_id LIMIT ?");
        args.add(limit);
        return Jdbc.query(dataSource, "conversation page query", sql.toString(), s -> Jdbc.bindAll(s, args),
                ConversationRepository::overview);
    }

    /**
     * Conversation.findById with every participant, session, segment, metric and media statistic, or empty when the
     * tenant has no such conversation. The conversation's figures come from its row; what is below it from its raw
     * JSON (V18), so those values are whole, as Genesys sent them, where the rows' columns cut them to fit.
     */
    public Optional<ConversationDetail> find(UUID tenantId, UUID conversationId) {
        return Jdbc.query(dataSource, "conversation query", "SELECT " + OVERVIEW_COLUMNS + ", c.raw_json"
                + " FROM conversation c WHERE c.tenant_id = ? AND c.conversation_id = ?",
                s -> key(s, tenantId, conversationId), rs -> new ConversationDetail(overview(rs),
                        parser.parse(rs.getString(14)).participants())).stream().findFirst()
                .map(d -> withStoredAttributes(tenantId, d));
    }

    private static String participantKey(String participantId, int ordinal) {
        return participantId != null ? "id:" + participantId : "#" + ordinal;
    }

    /**
     * Gives participants whose raw JSON has no attributes those stored: a later record without them (the query and
     * batch GET never carry them) replaced the raw JSON of the job result that had them, not the attributes.
     */
    private ConversationDetail withStoredAttributes(UUID tenantId, ConversationDetail detail) {
        if (detail.participants().stream().allMatch(p -> p.attributes() != null)) {
            return detail;
        }
        // by participant id, or by position for a participant without one
        Map<String, Map<String, String>> stored = new HashMap<>();
        Jdbc.query(dataSource, "participant attribute query", "SELECT participant_ordinal, participant_id, name,"
                + " value FROM participant_attribute WHERE tenant_id = ? AND conversation_id = ?"
                + " ORDER BY participant_ordinal, attribute_ordinal",
                s -> key(s, tenantId, detail.conversation().conversationId()), rs -> stored
                        .computeIfAbsent(participantKey(rs.getString(2), rs.getInt(1)), k -> new LinkedHashMap<>())
                        .put(rs.getString(3), rs.getString(4)));
        if (stored.isEmpty()) {
            return detail;
        }
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < detail.participants().size(); i++) {
            Participant p = detail.participants().get(i);
            Map<String, String> values = stored.get(participantKey(p.participantId(), i));
            participants.add(p.attributes() == null && values != null ? p.withAttributes(values) : p);
        }
        return new ConversationDetail(detail.conversation(), participants);
    }

    /** The raw JSON exactly as stored, or empty when the tenant has no such conversation. */
    public Optional<String> findRaw(UUID tenantId, UUID conversationId) {
        return Jdbc.query(dataSource, "conversation raw query", "SELECT raw_json FROM conversation"
                + " WHERE tenant_id = ? AND conversation_id = ?", s -> key(s, tenantId, conversationId),
                rs -> rs.getString(1)).stream().findFirst();
    }

    /** Conversations per UTC start day of the window, with MOS, poor-call and incomplete counts. */
    public List<DailyConversations> daily(UUID tenantId, TimeWindow window, double poorMosBelow) {
        String day = "CAST(conversation_start AT TIME ZONE 'UTC' AS DATE)";
        return Jdbc.query(dataSource, "conversation summary query", "SELECT " + day + ", COUNT(*),"
                + " SUM(CASE WHEN min_mos IS NULL THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN min_mos < ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN complete THEN 0 ELSE 1 END)"
                + " FROM conversation WHERE tenant_id = ? AND conversation_start >= ? AND conversation_start < ?"
                + " GROUP BY " + day + " ORDER BY " + day, s -> {
                    s.setDouble(1, poorMosBelow);
                    s.setObject(2, tenantId);
                    setInstant(s, 3, window.from());
                    setInstant(s, 4, window.to());
                }, rs -> new DailyConversations(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)));
    }

    /** The window's conversations with a MOS, counted per {@link MosBand}, lowest band first. */
    /**
     * The window's conversations per queue one of their segments was in (a conversation counts once per queue),
     * busiest first, at most {@code limit} queues.
     */
    public List<SummaryGroup> byQueue(UUID tenantId, TimeWindow window, double poorMos, int limit) {
        return groups("queue summary query", new Grouping("g.queue_id", " FROM segment g",
                " g.tenant_id = c.tenant_id AND g.conversation_id = c.conversation_id AND g.queue_id IS NOT NULL",
                false), tenantId, window, poorMos, limit);
    }

    /**
     * The window's conversations per work team one of their agents was in (a conversation counts once per team),
     * busiest first, at most {@code limit} teams. An agent's team is the one Genesys recorded on the participant, or
     * else its user's team membership as the last directory sync stored it.
     */
    public List<SummaryGroup> byTeam(UUID tenantId, TimeWindow window, double poorMos, int limit) {
        return groups("team summary query", new Grouping("COALESCE(p.team_id, m.team_id)", " FROM participant p"
                + " LEFT JOIN team_member m ON p.team_id IS NULL AND m.tenant_id = p.tenant_id AND m.user_id = p.user_id",
                " p.tenant_id = c.tenant_id AND p.conversation_id = c.conversation_id"
                        + " AND COALESCE(p.team_id, m.team_id) IS NOT NULL", true), tenantId, window, poorMos, limit);
    }

    /**
     * How a conversation's groups are found: the group key, the child rows it comes from ({@code from}, a FROM
     * clause), and what ties them to conversation {@code c} and keeps those with a group ({@code condition});
     * {@code teamNames} adds the team's name from the directory.
     */
    private record Grouping(String key, String from, String condition, boolean teamNames) {
    }

    /** Whether the store is PostgreSQL, asked of the driver once. */
    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = Jdbc.isPostgres(c);
            } catch (SQLException e) {
                throw StoreException.of("database product query", e);
            }
            postgres = known;
        }
        return known;
    }

    /**
     * Counts the window's conversations per group. On PostgreSQL each conversation's distinct groups come from a
     * {@code LATERAL} subquery, which can only run per conversation, through the child table's (tenant,
     * conversation) index: as a plain join, a planner whose statistics still said the tables were empty (a tenant's
     * first backfill) compared every conversation with every child row of the tenant, and a week of 3,600
     * conversations took 15 s instead of 0.1 (BackfillIT's summary timed out). H2 has no {@code LATERAL}; there it is
     * the plain join, counting distinct conversations.
     */
    private List<SummaryGroup> groups(String what, Grouping g, UUID tenantId, TimeWindow window, double poorMos,
            int limit) {
        String name = g.teamNames() ? "MAX(d.name)" : "CAST(NULL AS VARCHAR(1))";
        // the team's name: joined after the groups, on the group row's tenant (H2's comma join scopes it so)
        String names = g.teamNames() ? " LEFT JOIN directory_team d ON d.tenant_id = "
                + (postgres() ? "c" : "p") + ".tenant_id AND d.team_id = " : "";
        String window3 = " WHERE c.tenant_id = ? AND c.conversation_start >= ? AND c.conversation_start < ?";
        String sql = postgres()
                ? "SELECT x.group_id, " + name + ", COUNT(*), COUNT(c.min_mos),"
                        + " SUM(CASE WHEN c.min_mos < ? THEN 1 ELSE 0 END) FROM conversation c JOIN LATERAL"
                        + " (SELECT DISTINCT " + g.key() + " AS group_id" + g.from() + " WHERE" + g.condition()
                        + ") x ON TRUE" + (names.isEmpty() ? "" : names + "x.group_id") + window3
                        + " GROUP BY x.group_id"
                : "SELECT " + g.key() + ", " + name + ", COUNT(DISTINCT c.conversation_id),"
                        + " COUNT(DISTINCT CASE WHEN c.min_mos IS NOT NULL THEN c.conversation_id END),"
                        + " COUNT(DISTINCT CASE WHEN c.min_mos < ? THEN c.conversation_id END) FROM conversation c, "
                        + g.from().substring(" FROM ".length()) + (names.isEmpty() ? "" : names + g.key()) + window3
                        + " AND" + g.condition() + " GROUP BY " + g.key();
        return Jdbc.query(dataSource, what, sql + " ORDER BY 3 DESC, 1 LIMIT ?", s -> {
            s.setDouble(1, poorMos);
            s.setObject(2, tenantId);
            setInstant(s, 3, window.from());
            setInstant(s, 4, window.to());
            s.setInt(5, limit);
        }, rs -> new SummaryGroup(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    public List<MosBand> mosBands(UUID tenantId, TimeWindow window) {
        List<Double> bounds = MosBand.BOUNDS;
        StringBuilder sql = new StringBuilder("SELECT SUM(CASE WHEN min_mos < ? THEN 1 ELSE 0 END)");
        for (int i = 1; i < bounds.size(); i++) {
            sql.append(", SUM(CASE WHEN min_mos >= ? AND min_mos < ? THEN 1 ELSE 0 END)");
        }
        sql.append(", SUM(CASE WHEN min_mos >= ? THEN 1 ELSE 0 END) FROM conversation WHERE tenant_id = ?"
                + " AND conversation_start >= ? AND conversation_start < ? AND min_mos IS NOT NULL");
        return Jdbc.query(dataSource, "MOS distribution query", sql.toString(), s -> {
            int p = 1;
            s.setDouble(p++, bounds.get(0));
            for (int i = 1; i < bounds.size(); i++) {
                s.setDouble(p++, bounds.get(i - 1));
                s.setDouble(p++, bounds.get(i));
            }
            s.setDouble(p++, bounds.get(bounds.size() - 1));
            s.setObject(p++, tenantId);
            setInstant(s, p++, window.from());
            setInstant(s, p, window.to());
        }, rs -> {
            List<MosBand> bands = new ArrayList<>();
            for (int i = 0; i <= bounds.size(); i++) {
                bands.add(new MosBand(i == 0 ? null : bounds.get(i - 1), i == bounds.size() ? null : bounds.get(i),
                        MosBand.LABELS.get(i), rs.getLong(i + 1)));
            }
            return bands;
        }).get(0);
    }

    /**
     * Conversations per UTC start hour of {@code [from, to)}, keyed by the hour's start; hours without any are
     * absent. One grouped read of the start index, cheap enough for the tenant health every dashboard polls.
     */
    public Map<Instant, Long> hourly(UUID tenantId, Instant from, Instant to) {
        String hour = "DATE_TRUNC('HOUR', conversation_start AT TIME ZONE 'UTC')";
        Map<Instant, Long> counts = new TreeMap<>();
        Jdbc.query(dataSource, "conversations per hour", "SELECT " + hour + ", COUNT(*) FROM conversation"
                + " WHERE tenant_id = ? AND conversation_start >= ? AND conversation_start < ? GROUP BY " + hour, s -> {
                    s.setObject(1, tenantId);
                    setInstant(s, 2, from);
                    setInstant(s, 3, to);
                }, rs -> counts.put(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong(2)));
        return counts;
    }

    /** Conversation.countStarting: how many of the tenant's stored conversations started in {@code [from, to)}. */
    public long countStarting(UUID tenantId, Instant from, Instant to) {
        return Jdbc.query(dataSource, "conversation count", "SELECT COUNT(*) FROM conversation WHERE tenant_id = ?"
                + " AND conversation_start >= ? AND conversation_start < ?", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                }, rs -> rs.getLong(1)).get(0);
    }

    /** Conversation.findIncomplete: ids of the stored conversations that started in {@code [from, to)}, incomplete. */
    public List<UUID> incompleteStarting(UUID tenantId, Instant from, Instant to, int limit) {
        return Jdbc.query(dataSource, "incomplete conversations", "SELECT conversation_id FROM conversation"
                + " WHERE tenant_id = ? AND conversation_start >= ? AND conversation_start < ? AND NOT complete"
                + " ORDER BY conversation_id LIMIT ?", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, from);
                    Jdbc.setInstant(s, 3, to);
                    s.setInt(4, limit);
                }, rs -> rs.getObject(1, UUID.class));
    }

    /** The start of the tenant's latest stored conversation, if it has any. */
    public Optional<Instant> latestStart(UUID tenantId) {
        return Jdbc.query(dataSource, "latest conversation query", "SELECT MAX(conversation_start)"
                + " FROM conversation WHERE tenant_id = ?", s -> s.setObject(1, tenantId),
                rs -> instant(rs, 1)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static ConversationOverview overview(ResultSet rs) throws SQLException {
        return new ConversationOverview(rs.getObject(1, UUID.class), instant(rs, 2), instant(rs, 3), rs.getString(4),
                list(rs.getString(5)), list(rs.getString(6)), nullableDouble(rs, 7), nullableDouble(rs, 8),
                rs.getString(9), rs.getBoolean(10), rs.getString(11), instant(rs, 12), instant(rs, 13));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static void key(PreparedStatement s, UUID tenantId, UUID conversationId) throws SQLException {
        s.setObject(1, tenantId);
        s.setObject(2, conversationId);
    }
}
