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
 * another. Memory is bounded: beyond {@code maxPairs} the pairs seen longest ago are forgotten first.
 */
public final class LoginThrottle {

    private final int freeFailures;
    private final Duration maxLock;
    private final int maxPairs;
    private final Clock clock;
    private final Map<String, Pair> pairs;

    /** The failures of one user name from one address. */
    private record Pair(int failures, Instant lastFailure, Instant lockedUntil) {
    }

    public LoginThrottle(int freeFailures, Duration maxLock, int maxPairs, Clock clock) {
        this.freeFailures = freeFailures;
        this.maxLock = maxLock;
        this.maxPairs = maxPairs;
        this.clock = clock;
        this.pairs = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pair> eldest) {
                return size() > LoginThrottle.this.maxPairs;
            }
        };
    }

    /** How long the pair must still wait before its password is checked again; zero when it need not. */
    public synchronized Duration lockedFor(String user, String address) {
        Pair p = pairs.get(key(user, address));
        if (p == null || p.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), p.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A wrong password: counted, and once past the free failures, a lock that doubles with each. */
    public synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        String key = key(user, address);
        Pair before = pairs.get(key);
        int failures = before == null || before.lastFailure().plus(maxLock).isBefore(now) ? 1 : before.failures() + 1;
        Instant lockedUntil = null;
        if (failures > freeFailures) {
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration lock = Duration.ofSeconds(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
        }
        pairs.put(key, new Pair(failures, now, lockedUntil));
    }

    /** A right password: the pair starts afresh. */
    public synchronized void succeeded(String user, String address) {
        pairs.remove(key(user, address));
    }

    private static String key(String user, String address) {
        return user + '\u0000' + address;
    }
}
