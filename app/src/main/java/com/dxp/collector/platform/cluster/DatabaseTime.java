package com.dxp.collector.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The database's clock as this server can tell it without asking: its own clock corrected by the offset measured at
 * each heartbeat. Work that servers share by time (API budget slots) uses it, so two servers whose clocks differ
 * still count the same slot.
 */
@ApplicationScoped
public class DatabaseTime {

    private final Clock local;
    private volatile Duration offset = Duration.ZERO;

    public DatabaseTime() {
        this(Clock.systemUTC());
    }

    DatabaseTime(Clock local) {
        this.local = local;
    }

    /** Now in the database's clock (this server's clock until a first measurement). */
    public Instant now() {
        return local.instant().plus(offset);
    }

    /**
     * Takes a reading of the database's clock: {@code database} was read between {@code sentAt} and
     * {@code answeredAt} of this server's clock, so it is taken for their middle.
     */
    public void observed(Instant database, Instant sentAt, Instant answeredAt) {
        Instant middle = sentAt.plus(Duration.between(sentAt, answeredAt).dividedBy(2));
        offset = Duration.between(middle, database);
    }

    /** This server's clock. */
    public Instant localNow() {
        return local.instant();
    }

    /** How far the database's clock is ahead of this server's (negative when behind). */
    public Duration offset() {
        return offset;
    }
}
