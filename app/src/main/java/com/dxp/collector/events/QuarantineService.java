package com.dxp.collector.events;

import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.rest.PageCursor;
import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Lists quarantined messages and replays them: a replay runs a message through the same sorting and storing as
 * the poller (so a message whose tenant has been added since is stored now, and one stored meanwhile is
 * recognised), marks it replayed when it went through, and otherwise keeps it with its current reason.
 */
@ApplicationScoped
public class QuarantineService {

    /** Largest page a client may ask for. */
    public static final int MAX_PAGE = 200;

    private static final PageCursor CURSOR = new PageCursor("quarantine");
    private static final String COLUMNS = "id, queue_name, reason, detail, tenant_id, genesys_org_id, topic,"
            + " raw_body, first_seen, last_seen, seen_count, replayed_at";

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    EventIntake intake;

    @Inject
    EventIngestService ingest;

    @Inject
    TenantRouter router;

    Clock clock = Clock.systemUTC();

    /**
     * Messages waiting for a replay, by the tenant they name; those that name none (unknown org, unreadable) under
     * the key {@code null}.
     */
    public Map<UUID, Long> waitingByTenant() {
        Map<UUID, Long> waiting = new HashMap<>();
        Jdbc.query(dataSource, "quarantine count by tenant", "SELECT tenant_id, COUNT(*) FROM quarantined_message"
                + " WHERE replayed_at IS NULL GROUP BY tenant_id", s -> { },
                rs -> waiting.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        return waiting;
    }

    /** Messages by last seen, newest first; {@code waiting} true: not replayed yet, false: replayed. */
    public QuarantinePage page(QuarantineReason reason, Boolean waiting, String cursor, int limit) {
        String scope = reason + "|" + waiting;
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM quarantined_message WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (reason != null) {
            sql.append(" AND reason = ?");
            args.add(reason.name());
        }
        if (waiting != null) {
            sql.append(waiting ? " AND replayed_at IS NULL" : " AND replayed_at IS NOT NULL");
        }
        if (cursor != null && !cursor.isEmpty()) {
            List<String> key = CURSOR.decode(cursor, scope, 2);
            try {
                Instant seen = Instant.parse(key.get(0));
                sql.append(" AND (last_seen < ? OR (last_seen = ? AND id < ?))");
                args.add(seen);
                args.add(seen);
                args.add(UUID.fromString(key.get(1)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.badRequest("The cursor is not one this API returned.");
            }
        }
        sql.append(" ORDER BY last_seen DESC, id DESC LIMIT ?");
        args.add(limit + 1);
        List<QuarantinedMessage> rows = Jdbc.query(dataSource, "quarantine page query", sql.toString(),
                s -> Jdbc.bindAll(s, args), EventStore::quarantined);
        PageCursor.Slice<QuarantinedMessage> page = CURSOR.slice(rows, limit, scope,
                m -> new String[] {m.lastSeen().toString(), m.id().toString()});
        return new QuarantinePage(page.items(), page.nextCursor());
    }

    public QuarantinedMessage find(UUID id) {
        return Jdbc.query(dataSource, "quarantine query", "SELECT " + COLUMNS + " FROM quarantined_message"
                + " WHERE id = ?", s -> s.setObject(1, id), EventStore::quarantined).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No quarantined message " + id + "."));
    }

    /** Replays one message (again, even when it was replayed before). */
    public ReplayOutcome replay(UUID id) {
        router.forget();
        return replay(List.of(find(id)));
    }

    /** Replays every message not replayed yet, oldest first, up to {@code limit}. */
    public ReplayOutcome replayWaiting(int limit) {
        router.forget();
        return replay(Jdbc.query(dataSource, "quarantine query", "SELECT " + COLUMNS + " FROM quarantined_message"
                + " WHERE replayed_at IS NULL ORDER BY first_seen, id LIMIT ?", s -> s.setInt(1, limit),
                EventStore::quarantined));
    }

    private ReplayOutcome replay(List<QuarantinedMessage> messages) {
        int stored = 0;
        int duplicates = 0;
        int unusable = 0;
        for (QuarantinedMessage m : messages) {
            EventIntake.Sorted sorted = intake.sort(m.queueName(), List.of(m.rawBody()));
            if (sorted.events().isEmpty()) {
                // stores the message's current reason: the same body updates its row
                ingest.store(List.of(), sorted.rejected());
                unusable++;
                continue;
            }
            int fresh = ingest.store(sorted.events(), List.of());
            stored += fresh;
            duplicates += 1 - fresh;
            Jdbc.update(dataSource, "quarantine replayed", "UPDATE quarantined_message SET replayed_at = ?"
                    + " WHERE id = ?", s -> {
                        setInstant(s, 1, clock.instant());
                        s.setObject(2, m.id());
                    });
        }
        return new ReplayOutcome(stored, duplicates, unusable);
    }
}
