package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Short database leases on (tenant, job): whoever holds one may check for an active run and start one, so servers
 * sharing the database never both start a run of the same job for the same tenant. Each acquire and release is its
 * own statement in auto-commit, visible to the other servers at once.
 * <p>
 * Plain JDBC, not an entity: taking a lease is a conditional update, and when nobody ever held it an insert that
 * another server may win; the loser reads the unique violation as "held elsewhere" and goes on. Through JPA that
 * insert would fail in a flush, marking the transaction it needs for rollback, and the take would need its own
 * transaction per call: more machinery for the same two statements.
 */
@ApplicationScoped
public class JobLeases {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public JobLeases() {
    }

    JobLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lease until {@code now + duration} unless someone else holds it; true when taken. */
    public boolean acquire(UUID tenantId, String jobName, String holder, Instant now, Duration duration) {
        int taken = Jdbc.update(dataSource, "job lease", "UPDATE job_lease SET holder = ?, expires_at = ?"
                + " WHERE tenant_id = ? AND job_name = ? AND expires_at <= ?", s -> {
                    s.setString(1, holder);
                    Jdbc.setInstant(s, 2, now.plus(duration));
                    s.setObject(3, tenantId);
                    s.setString(4, jobName);
                    Jdbc.setInstant(s, 5, now);
                });
        if (taken == 1) {
            return true;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO job_lease (tenant_id, job_name, holder, expires_at) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, tenantId);
            s.setString(2, jobName);
            s.setString(3, holder);
            Jdbc.setInstant(s, 4, now.plus(duration));
            return s.executeUpdate() == 1;
        } catch (SQLIntegrityConstraintViolationException e) {
            return false;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw StoreException.of("job lease", e);
        }
    }

    /** Gives the lease back at once, if {@code holder} still holds it. */
    public void release(UUID tenantId, String jobName, String holder, Instant now) {
        Jdbc.update(dataSource, "job lease release", "UPDATE job_lease SET expires_at = ? WHERE tenant_id = ?"
                + " AND job_name = ? AND holder = ?", s -> {
                    Jdbc.setInstant(s, 1, now);
                    s.setObject(2, tenantId);
                    s.setString(3, jobName);
                    s.setString(4, holder);
                });
    }
}
