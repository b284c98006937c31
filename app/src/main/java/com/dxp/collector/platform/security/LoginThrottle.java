package com.dxp.collector.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing: per user name and client address, the first {@code freeFailures} failures cost
 * nothing (a typo), each further one locks that pair out for twice as long as the one before (1 s, 2 s, 4 s... up
 * to {@code maxLock}), and while locked out its logins are refused without the password being checked, so guessing
 * gains nothing by hurrying. A success, or a quiet {@code maxLock} after the last failure, forgets the pair.
 *
 * <p>Per pair rather than per user, so someone guessing from one address cannot lock the real admin out from
 * another. An address is counted as well, whatever user names it tries: past {@code freeFailuresPerAddress} it is
 * locked out the same way, so inventing a new user name for each guess gains nothing either. Memory is bounded:
 * beyond {@code maxEntries} pairs (and as many addresses) those seen longest ago are forgotten first; since a locked
 * address cannot add pairs, one address cannot flood its own lock out of memory.
 */
public final class LoginThrottle {

    private final Duration maxLock;
    private final Clock clock;
    private final Failures pairs;
    private final Failures addresses;

    /** The recent failures of one key (a user name and an address, or an address alone). */
    private record Count(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    /** Failure counts of one kind of key, least recently used forgotten first beyond a bound. */
    private final class Failures {
        private final int free;
        private final Map<String, Count> counts;

        Failures(int free, int maxEntries) {
            this.free = free;
            this.counts = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        Duration lockedFor(String key, Instant now) {
            Count c = counts.get(key);
            if (c == null || c.lockedUntil() == null || !c.lockedUntil().isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, c.lockedUntil());
        }

        void failed(String key, Instant now) {
            Count before = counts.get(key);
            int failures = before == null || before.lastFailure().plus(maxLock).isBefore(now) ? 1
                    : before.failures() + 1;
            Instant lockedUntil = null;
            if (failures > free) {
                Duration lock = Duration.ofSeconds(1L << Math.min(failures - free - 1, 30));
                lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            counts.put(key, new Count(failures, now, lockedUntil));
        }

        void forget(String key) {
            counts.remove(key);
        }
    }

    public LoginThrottle(int freeFailures, int freeFailuresPerAddress, Duration maxLock, int maxEntries,
                         Clock clock) {
        this.maxLock = maxLock;
        this.clock = clock;
        this.pairs = new Failures(freeFailures, maxEntries);
        this.addresses = new Failures(freeFailuresPerAddress, maxEntries);
    }

    /**
     * How long the pair must still wait before its password is checked again (the longer of its own lock and its
     * address's); zero when it need not.
     */
    public synchronized Duration lockedFor(String user, String address) {
        Instant now = clock.instant();
        Duration pair = pairs.lockedFor(key(user, address), now);
        Duration byAddress = addresses.lockedFor(address, now);
        return pair.compareTo(byAddress) >= 0 ? pair : byAddress;
    }

    /** A wrong password: counted for the pair and its address, each locked once past its free failures. */
    public synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        pairs.failed(key(user, address), now);
        addresses.failed(address, now);
    }

    /**
     * A right password: the pair starts afresh. Its address keeps its count, so a caller who knows one account
     * cannot wipe out the failures it makes guessing another.
     */
    public synchronized void succeeded(String user, String address) {
        pairs.forget(key(user, address));
    }

    private static String key(String user, String address) {
        return user + '\u0000' + address;
    }
}
