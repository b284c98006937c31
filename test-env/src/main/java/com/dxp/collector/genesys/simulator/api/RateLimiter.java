package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-token request budget of client-credentials tokens ({@code client.credentials.token.rate.per.minute}):
 * a fixed one-minute window that starts with a token's first request, measured on the simulator clock. The limit
 * is the simulator's, unless a test gave a client a lower one (an org with a smaller budget), which the limits API
 * then publishes to that client; such a client's tokens share one window.
 */
final class RateLimiter {

    static final String LIMIT_KEY = "client.credentials.token.rate.per.minute";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int PURGE_THRESHOLD = 10_000;

    /** Where a token stands in its window after this request. */
    record RateStatus(boolean allowed, int count, int limit, long resetSeconds) {

        Map<String, String> headers() {
            return Map.of("inin-ratelimit-count", Integer.toString(count),
                    "inin-ratelimit-allowed", Integer.toString(limit),
                    "inin-ratelimit-reset", Long.toString(resetSeconds));
        }
    }

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, Integer> clientLimits = new ConcurrentHashMap<>();

    RateLimiter(int limit) {
        this.limit = limit;
    }

    /** The limit of {@code clientId}'s tokens. */
    int limitOf(String clientId) {
        return clientLimits.getOrDefault(clientId, limit);
    }

    /** Gives {@code clientId}'s tokens their own limit; null restores the simulator's. */
    void limitClient(String clientId, Integer perMinute) {
        if (perMinute == null) {
            clientLimits.remove(clientId);
        } else if (perMinute < 1) {
            throw new IllegalArgumentException("a limit must be positive: " + perMinute);
        } else {
            clientLimits.put(clientId, perMinute);
        }
    }

    /**
     * Counts one request of {@code token} (of {@code clientId}) at {@code now} under that client's limit; over the
     * limit it is refused and not counted.
     */
    RateStatus acquire(String token, String clientId, Instant now) {
        int allowed = limitOf(clientId);
        // a client given its own limit is an org with a smaller budget: all its tokens (one per collector server)
        // share one window, the strict reading of Genesys's per-client limit that several servers must keep to
        String key = clientLimits.containsKey(clientId) ? "client " + clientId : token;
        if (windows.size() > PURGE_THRESHOLD) {
            windows.values().removeIf(w -> !w.start().plus(WINDOW).isAfter(now));
        }
        boolean[] counted = new boolean[1];
        Window window = windows.compute(key, (k, w) -> {
            counted[0] = true;
            if (w == null || !w.start().plus(WINDOW).isAfter(now)) {
                return new Window(now, 1);
            }
            if (w.count() >= allowed) {
                counted[0] = false;
                return w;
            }
            return new Window(w.start(), w.count() + 1);
        });
        long reset = secondsUntil(window.start().plus(WINDOW), now);
        return new RateStatus(counted[0], window.count(), allowed, reset);
    }

    /** Headers for a response that consumed no budget (no or a bad token). */
    RateStatus idle() {
        return new RateStatus(true, 0, limit, WINDOW.toSeconds());
    }

    private static long secondsUntil(Instant end, Instant now) {
        long millis = Duration.between(now, end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
