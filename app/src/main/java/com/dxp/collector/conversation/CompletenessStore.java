package com.dxp.collector.conversation;

import static com.dxp.collector.platform.jdbc.Jdbc.instant;
import static com.dxp.collector.platform.jdbc.Jdbc.setInstant;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What reconciliation proved about a tenant's conversations: per UTC day, the API's count against the store's, and
 * the watermark {@code dataCompleteThrough}: the end of the unbroken run of complete days that starts at the
 * tenant's earliest reconciled day.
 */
@ApplicationScoped
public class CompletenessStore {

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    public CompletenessStore() {
    }

    CompletenessStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One reconciled day. */
    public record Day(LocalDate day, long apiCount, long storedCount, long incompleteCount, boolean complete) {
    }

    /** Records the outcome of reconciling a day, replacing an earlier one. */
    public void save(UUID tenantId, Day d, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement u = c.prepareStatement("UPDATE completeness_day SET api_count = ?, stored_count = ?,"
                    + " incomplete_count = ?, complete = ?, checked_at = ? WHERE tenant_id = ? AND utc_day = ?")) {
                u.setLong(1, d.apiCount());
                u.setLong(2, d.storedCount());
                u.setLong(3, d.incompleteCount());
                u.setBoolean(4, d.complete());
                setInstant(u, 5, now);
                u.setObject(6, tenantId);
                u.setDate(7, Date.valueOf(d.day()));
                if (u.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO completeness_day (tenant_id, utc_day,"
                    + " api_count, stored_count, incomplete_count, complete, checked_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                i.setObject(1, tenantId);
                i.setDate(2, Date.valueOf(d.day()));
                i.setLong(3, d.apiCount());
                i.setLong(4, d.storedCount());
                i.setLong(5, d.incompleteCount());
                i.setBoolean(6, d.complete());
                setInstant(i, 7, now);
                i.executeUpdate();
            }
        } catch (SQLException e) {
            throw StoreException.of("completeness day", e);
        }
    }

    /** The tenant's reconciled days from {@code from} on, in order. */
    public List<Day> days(UUID tenantId, LocalDate from) {
        return Jdbc.query(dataSource, "completeness days", "SELECT utc_day, api_count, stored_count, incomplete_count,"
                + " complete FROM completeness_day WHERE tenant_id = ? AND utc_day >= ? ORDER BY utc_day", s -> {
                    s.setObject(1, tenantId);
                    s.setDate(2, Date.valueOf(from));
                }, rs -> new Day(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)));
    }

    /** The instant up to which every conversation of the tenant is stored complete, once established. */
    public Optional<Instant> watermark(UUID tenantId) {
        return Jdbc.query(dataSource, "completeness watermark", "SELECT data_complete_through FROM"
                + " completeness_watermark WHERE tenant_id = ?", s -> s.setObject(1, tenantId),
                rs -> instant(rs, 1)).stream().findFirst();
    }

    /**
     * Sets the watermark to the end of the unbroken run of complete days that starts at the earliest reconciled
     * day; none while that day is not complete. It moves back when an older day turns out incomplete (a backfill of
     * earlier history, late data found by a later reconciliation): it must never claim more than is proved.
     *
     * @return the watermark afterwards, if there is one
     */
    public synchronized Optional<Instant> refresh(UUID tenantId, Instant now) {
        List<Day> days = days(tenantId, LocalDate.of(1970, 1, 1));
        LocalDate next = days.isEmpty() ? null : days.get(0).day();
        for (Day d : days) {
            if (!d.day().equals(next) || !d.complete()) {
                break;
            }
            next = next.plusDays(1);
        }
        if (next == null || next.equals(days.get(0).day())) {
            Jdbc.update(dataSource, "completeness watermark", "DELETE FROM completeness_watermark WHERE tenant_id = ?",
                    s -> s.setObject(1, tenantId));
            return Optional.empty();
        }
        Instant through = next.atStartOfDay(ZoneOffset.UTC).toInstant();
        int updated = Jdbc.update(dataSource, "completeness watermark", "UPDATE completeness_watermark"
                + " SET data_complete_through = ?, updated_at = ? WHERE tenant_id = ?", s -> {
                    setInstant(s, 1, through);
                    setInstant(s, 2, now);
                    s.setObject(3, tenantId);
                });
        if (updated == 0) {
            Jdbc.update(dataSource, "completeness watermark", "INSERT INTO completeness_watermark (tenant_id,"
                    + " data_complete_through, updated_at) VALUES (?, ?, ?)", s -> {
                        s.setObject(1, tenantId);
                        setInstant(s, 2, through);
                        setInstant(s, 3, now);
                    });
        }
        return Optional.of(through);
    }
}
