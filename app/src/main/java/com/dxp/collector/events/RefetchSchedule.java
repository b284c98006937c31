package com.dxp.collector.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When live enrichment fetches a conversation again whose record was incomplete or not in analytics yet.
 *
 * <p>A record stays incomplete until the agents' wrap-up is over, which takes from seconds to some minutes after the
 * customer left. Within the {@code steady} window after the event the record is fetched again every {@code retry},
 * so a conversation is stored at most about one {@code retry} after Genesys completes it; the fetches ride in the
 * tenant's batch calls with its other due conversations, so they cost few calls of their own. A doubling delay from
 * the first retry, as before, stored the usual wrap-up of two to four minutes up to two minutes late (the many-tenant
 * benchmark's lag p99). Past the window the delay grows with the time spent beyond it (doubling per fetch) up to
 * {@code max}, so a record that stays incomplete for hours, as some do, costs a few calls an hour.
 *
 * @param retry  the delay within the steady window, and the shortest one after it
 * @param steady how long after the event the delay stays {@code retry}
 * @param max    the longest delay
 */
record RefetchSchedule(Duration retry, Duration steady, Duration max) {

    /** When to fetch again a conversation whose event came at {@code requestedAt}, looked at {@code now}. */
    Instant next(Instant requestedAt, Instant now) {
        Duration beyond = Duration.between(requestedAt.plus(steady), now);
        Duration longest = longer(max, retry);
        Duration delay = longer(beyond, retry);
        return now.plus(delay.compareTo(longest) > 0 ? longest : delay);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
