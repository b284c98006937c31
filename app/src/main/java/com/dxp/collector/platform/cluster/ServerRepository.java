package com.dxp.collector.platform.cluster;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code collector_server} rows: each server's registration, heartbeat and stop, all stamped with the database's
 * {@code CURRENT_TIMESTAMP}, so servers whose clocks differ still agree on who is alive. Each call is one statement
 * in auto-commit, seen by the other servers at once.
 */
@ApplicationScoped
public class ServerRepository {

    /** A server's row, with the database's time of the read. */
    public record ServerRow(String serverId, String batchServerId, Instant startedAt, Instant heartbeatAt,
                            Instant stoppedAt, String activity, Instant readAt) {
    }

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public ServerRepository() {
    }

    /** For tests and tools outside the container. */
    public ServerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Registers the server as started now (a row left by an earlier run of the same server is taken over). */
    public void register(String serverId, String batchServerId, String activity) {
        Jdbc.update(dataSource, "server registration", "MERGE INTO collector_server t USING (VALUES (CAST(? AS"
                + " VARCHAR(200)))) AS v(server_id) ON t.server_id = v.server_id"
                + " WHEN MATCHED THEN UPDATE SET batch_server_id = ?, started_at = CURRENT_TIMESTAMP,"
                + " heartbeat_at = CURRENT_TIMESTAMP, stopped_at = NULL, activity = ?"
                + " WHEN NOT MATCHED THEN INSERT (server_id, batch_server_id, started_at, heartbeat_at, activity)"
                + " VALUES (v.server_id, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", s -> {
                    s.setString(1, serverId);
                    s.setString(2, batchServerId);
                    s.setString(3, activity);
                    s.setString(4, batchServerId);
                    s.setString(5, activity);
                });
    }

    /** Keeps the server's row alive; false when the row is gone (forgotten by an operator), so it registers again. */
    public boolean heartbeat(String serverId, String activity) {
        return Jdbc.update(dataSource, "server heartbeat", "UPDATE collector_server SET heartbeat_at ="
                + " CURRENT_TIMESTAMP, stopped_at = NULL, activity = ? WHERE server_id = ?", s -> {
                    s.setString(1, activity);
                    s.setString(2, serverId);
                }) == 1;
    }

    /** Says the server stopped on purpose: the others need not wait for its heartbeat to age. */
    public void stopped(String serverId) {
        Jdbc.update(dataSource, "server stop", "UPDATE collector_server SET stopped_at = CURRENT_TIMESTAMP,"
                + " activity = NULL WHERE server_id = ?", s -> s.setString(1, serverId));
    }

    /** The database's clock now. */
    public Instant databaseNow() {
        return Jdbc.query(dataSource, "database time", "SELECT CURRENT_TIMESTAMP", st -> { },
                rs -> Jdbc.instant(rs, 1)).get(0);
    }

    /** Every server's row, by id. */
    public List<ServerRow> all() {
        return Jdbc.query(dataSource, "servers", "SELECT server_id, batch_server_id, started_at, heartbeat_at,"
                + " stopped_at, activity, CURRENT_TIMESTAMP FROM collector_server ORDER BY server_id", s -> { },
                rs -> new ServerRow(rs.getString(1), rs.getString(2), Jdbc.instant(rs, 3), Jdbc.instant(rs, 4),
                        Jdbc.instant(rs, 5), rs.getString(6), Jdbc.instant(rs, 7)));
    }

    /** Forgets servers not heard of since {@code before} (in the database's clock): a long-gone pod's row. */
    public int forgetSilentSince(Instant before) {
        return Jdbc.update(dataSource, "server cleanup", "DELETE FROM collector_server WHERE heartbeat_at < ?",
                s -> Jdbc.setInstant(s, 1, before));
    }
}
