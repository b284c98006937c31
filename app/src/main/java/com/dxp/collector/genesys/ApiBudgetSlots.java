package com.dxp.collector.genesys;

import com.dxp.collector.platform.cluster.DatabaseTime;
import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The budget all servers share, as rows of {@code api_budget_slot}: time is cut into slots of
 * {@code genesys.budget.shared-slot-seconds} of the database's clock, and a tenant's slot grants at most
 * {@code limit / (61.2 / slot + 1)} calls (rounded down; a minute with the 2 % margin). A minute, wherever it starts,
 * touches at most that many slots, so all servers together never send more than the limit in any minute, which the
 * simulator's request log can show. With 2-second slots a limit of 300 grants 9 a slot: 270 a minute.
 * Each grant is one statement in auto-commit (an update, or the insert that opens the slot); what cannot be granted
 * waits for the next slot, within the caller's timeout.
 */
@ApplicationScoped
public class ApiBudgetSlots implements SharedBudget {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration WINDOW = MINUTE.plus(MINUTE.dividedBy(50));
    /** Slots older than this are deleted when a tenant opens a new one. */
    private static final Duration KEEP = Duration.ofMinutes(2);

    @Resource(lookup = "jdbc/collector")
    DataSource dataSource;

    @Inject
    GenesysConfig config;

    @Inject
    DatabaseTime time;

    private Supplier<Duration> slotLength;
    private Supplier<Instant> now;
    private GenesysGateway.Pause pause;
    private LongSupplier nanoTime;

    public ApiBudgetSlots() {
    }

    ApiBudgetSlots(DataSource dataSource, Duration slot, Supplier<Instant> now, GenesysGateway.Pause pause,
                   LongSupplier nanoTime) {
        this.dataSource = dataSource;
        this.slotLength = () -> slot;
        this.now = now;
        this.pause = pause;
        this.nanoTime = nanoTime;
    }

    @Override
    public Duration take(UUID tenantId, int limitPerMinute, Duration timeout) {
        LongSupplier nanos = nanoTime != null ? nanoTime : System::nanoTime;
        long start = nanos.getAsLong();
        Duration slot = slotFor(limitPerMinute, slotLength == null ? config.sharedSlot() : slotLength.get());
        int perSlot = perSlot(limitPerMinute, slot);
        while (true) {
            Instant at = now == null ? time.now() : now.get();
            Instant slotStart = slotStart(at, slot);
            try {
                if (grant(tenantId, slotStart, perSlot)) {
                    return Duration.ofNanos(nanos.getAsLong() - start);
                }
            } catch (StoreException e) {
                throw new GenesysBudgetTimeoutException("the API budget shared by the servers could not be read: "
                        + e.getMessage());
            }
            Duration next = Duration.between(at, slotStart.plus(slot)).plusMillis(1);
            Duration waited = Duration.ofNanos(nanos.getAsLong() - start);
            if (waited.plus(next).compareTo(timeout) > 0) {
                throw new GenesysBudgetTimeoutException("the API budget shared by the servers grants " + perSlot
                        + " calls per " + slot.toSeconds() + " s and none was left within " + timeout.toMillis()
                        + " ms");
            }
            try {
                if (pause != null) {
                    pause.sleep(next);
                } else {
                    TimeUnit.NANOSECONDS.sleep(next.toNanos());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GenesysBudgetTimeoutException("interrupted while waiting for the shared API budget");
            }
        }
    }

    /**
     * The slot length that lets the most calls through for a limit: the configured one for any usual limit, a longer
     * one for a limit too small to grant a call per short slot (25 a minute: 1 per 3 s, 20 a minute).
     */
    static Duration slotFor(int limitPerMinute, Duration configured) {
        Duration best = MINUTE;
        long bestPerMinute = 0;
        for (long seconds = Math.max(1, configured.toSeconds()); seconds <= MINUTE.toSeconds(); seconds++) {
            Duration slot = Duration.ofSeconds(seconds);
            long perSlot = limitPerMinute / slotsPerMinute(slot);
            long perMinute = perSlot * MINUTE.toSeconds() / seconds;
            if (perMinute > bestPerMinute) {
                best = slot;
                bestPerMinute = perMinute;
            }
        }
        return best;
    }

    /** Grants one slot may give so that no minute, wherever it starts, holds more than the limit (at least one). */
    static int perSlot(int limitPerMinute, Duration slot) {
        return (int) Math.max(1, limitPerMinute / slotsPerMinute(slot));
    }

    /**
     * The most slots one minute can touch, where the minute is stretched by the margin {@link TenantBudget} keeps
     * (2 %): a call is sent a little after its grant, so the grants of a minute of sends span a little more.
     */
    static long slotsPerMinute(Duration slot) {
        long covered = (WINDOW.toMillis() + slot.toMillis() - 1) / slot.toMillis();
        return covered + 1;
    }

    static Instant slotStart(Instant at, Duration slot) {
        long ms = slot.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), ms) * ms);
    }

    private boolean grant(UUID tenantId, Instant slotStart, int perSlot) {
        if (increment(tenantId, slotStart, perSlot)) {
            return true;
        }
        if (opened(tenantId, slotStart)) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO api_budget_slot (tenant_id, slot_start, granted) VALUES (?, ?, 1)")) {
            s.setObject(1, tenantId);
            Jdbc.setInstant(s, 2, slotStart);
            s.executeUpdate();
        } catch (SQLException e) {
            if (StoreException.of("api budget slot", e).uniqueViolation()) {
                // another server opened the slot meanwhile: take from it if it has room
                return increment(tenantId, slotStart, perSlot);
            }
            throw StoreException.of("api budget slot", e);
        }
        Jdbc.update(dataSource, "api budget cleanup", "DELETE FROM api_budget_slot WHERE tenant_id = ? AND"
                + " slot_start < ?", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, slotStart.minus(KEEP));
                });
        return true;
    }

    /** Whether the slot has its row already (then it is spent, as the increment found no room). */
    private boolean opened(UUID tenantId, Instant slotStart) {
        return !Jdbc.query(dataSource, "api budget slot", "SELECT 1 FROM api_budget_slot WHERE tenant_id = ? AND"
                + " slot_start = ?", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, slotStart);
                }, rs -> 1).isEmpty();
    }

    private boolean increment(UUID tenantId, Instant slotStart, int perSlot) {
        return Jdbc.update(dataSource, "api budget grant", "UPDATE api_budget_slot SET granted = granted + 1"
                + " WHERE tenant_id = ? AND slot_start = ? AND granted < ?", s -> {
                    s.setObject(1, tenantId);
                    Jdbc.setInstant(s, 2, slotStart);
                    s.setInt(3, perSlot);
                }) == 1;
    }
}
