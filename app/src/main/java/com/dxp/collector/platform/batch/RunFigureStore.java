package com.dxp.collector.platform.batch;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What a batch run's partitions report as they go, kept per run: named figures ({@code job_run_counter}), completed
 * windows ({@code job_run_window}) and the first skipped records ({@code job_run_skip}). Written on the caller's
 * transaction (a chunk's), so they roll back with the data they describe; adding to a figure locks its row until
 * commit, which is also what keeps concurrent partitions from losing each other's additions.
 * <p>
 * Plain JDBC, not entities, because every write is an upsert that concurrent partitions race for: the first
 * addition to a figure and a window reported twice are an {@code INSERT ... ON CONFLICT} on PostgreSQL and an insert
 * retried (or ignored) after its unique violation on H2. A JPA insert that lost such a race would fail its flush and
 * mark the chunk's whole transaction for rollback; JPQL has no upsert.
 */
@ApplicationScoped
public class RunFigureStore {

    /** Skipped records whose details are kept per run; the count goes on. */
    static final int KEPT_SKIPS = 100;

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public RunFigureStore() {
    }

    RunFigureStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Adds {@code amount} to a figure of the run (creating it at zero). */
    public void add(long instanceId, String name, long amount) {
        upsert(instanceId, name, amount, true);
    }

    /** Sets a figure of the run. */
    public void set(long instanceId, String name, long value) {
        upsert(instanceId, name, value, false);
    }

    /** The run's figures by name. */
    public Map<String, Long> figures(long instanceId) {
        Map<String, Long> out = new LinkedHashMap<>();
        Jdbc.query(dataSource, "job run figures", "SELECT name, amount FROM job_run_counter WHERE instance_id = ?"
                + " ORDER BY name", s -> s.setLong(1, instanceId), rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    /** One figure of the run, if it has been set or added to. */
    public Optional<Long> figure(long instanceId, String name) {
        return Jdbc.query(dataSource, "job run figure", "SELECT amount FROM job_run_counter WHERE instance_id = ?"
                + " AND name = ?", s -> {
                    s.setLong(1, instanceId);
                    s.setString(2, name);
                }, rs -> rs.getLong(1)).stream().findFirst();
    }

    /** Records a completed window; once however often it is reported. */
    public void windowCompleted(long instanceId, String windowKey) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(Jdbc.isPostgres(c)
                ? "INSERT INTO job_run_window (instance_id, window_key, completed_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING"
                : "MERGE INTO job_run_window t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(100)),"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v (i, k, at) ON t.instance_id = v.i"
                        + " AND t.window_key = v.k WHEN NOT MATCHED THEN INSERT (instance_id, window_key,"
                        + " completed_at) VALUES (v.i, v.k, v.at)")) {
            s.setLong(1, instanceId);
            s.setString(2, bounded(windowKey, 100));
            setInstant(s, 3, clock.instant());
            s.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            // another partition recorded it in the meantime
        } catch (SQLException e) {
            throw StoreException.of("job run window", e);
        }
    }

    public long windowsCompleted(long instanceId) {
        return Jdbc.query(dataSource, "job run windows", "SELECT COUNT(*) FROM job_run_window WHERE instance_id = ?",
                s -> s.setLong(1, instanceId), rs -> rs.getLong(1)).get(0);
    }

    /**
     * Counts a skipped record and keeps its detail while the run has fewer than {@value #KEPT_SKIPS}. The count's row
     * stays locked until the caller commits, so no two partitions take the same ordinal.
     */
    public void skipped(long instanceId, String detail) {
        add(instanceId, "skipped", 1);
        long ordinal = figure(instanceId, "skipped").orElse(1L);
        if (ordinal <= KEPT_SKIPS) {
            Jdbc.update(dataSource, "job run skip", "INSERT INTO job_run_skip (instance_id, ordinal, detail,"
                    + " skipped_at) VALUES (?, ?, ?, ?)", s -> {
                        s.setLong(1, instanceId);
                        s.setInt(2, (int) ordinal);
                        s.setString(3, bounded(detail, 2000));
                        setInstant(s, 4, clock.instant());
                    });
        }
    }

    /** The details of the first skipped records, in order. */
    public List<String> skips(long instanceId) {
        return Jdbc.query(dataSource, "job run skips", "SELECT detail FROM job_run_skip WHERE instance_id = ?"
                + " ORDER BY ordinal", s -> s.setLong(1, instanceId), rs -> rs.getString(1));
    }

    private void upsert(long instanceId, String name, long amount, boolean add) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            String update = add ? "amount + ?" : "?";
            try (PreparedStatement s = c.prepareStatement("UPDATE job_run_counter SET amount = " + update
                    + ", updated_at = ? WHERE instance_id = ? AND name = ?")) {
                s.setLong(1, amount);
                setInstant(s, 2, now);
                s.setLong(3, instanceId);
                s.setString(4, name);
                if (s.executeUpdate() == 1) {
                    return;
                }
            }
            // first figure of this name: inserted once; a concurrent first insert wins and this adds to it
            try (PreparedStatement s = c.prepareStatement(Jdbc.isPostgres(c)
                    ? "INSERT INTO job_run_counter (instance_id, name, amount, updated_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (instance_id, name) DO UPDATE SET amount = "
                            + (add ? "job_run_counter.amount + EXCLUDED.amount" : "EXCLUDED.amount")
                            + ", updated_at = EXCLUDED.updated_at"
                    : "INSERT INTO job_run_counter (instance_id, name, amount, updated_at) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, instanceId);
                s.setString(2, name);
                s.setLong(3, amount);
                setInstant(s, 4, now);
                s.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                upsert(instanceId, name, amount, add);
            }
        } catch (SQLException e) {
            throw StoreException.of("job run figure", e);
        }
    }
}
