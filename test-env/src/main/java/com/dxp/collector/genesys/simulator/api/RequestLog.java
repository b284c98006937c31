package com.dxp.collector.genesys.simulator.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of the requests the simulator received, per endpoint (method and path template, e.g.
 * {@code POST /api/v2/analytics/conversations/details/query}) and per OAuth client, so tests can assert how many
 * calls the collector made (for example that it used its token cache). Keys are bounded by routes times clients.
 */
public final class RequestLog {

    /** Callers without a recognisable client (no or an unknown token). */
    public static final String ANONYMOUS = "anonymous";

    /**
     * A copy of the counts.
     *
     * @param byEndpoint       requests per endpoint
     * @param byClientEndpoint requests per client id, then per endpoint
     */
    public record Counts(Map<String, Long> byEndpoint, Map<String, Map<String, Long>> byClientEndpoint) {

        public long total() {
            return byEndpoint.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** How long the per-second counts are kept. */
    private static final long KEEP_SECONDS = 30 * 60;

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
    /**
     * Per client, the API requests its rate limit let through, per epoch second of the simulator's clock, for the
     * last half hour (token requests are not counted against the limit, nor here).
     */
    private final Map<String, ConcurrentSkipListMap<Long, LongAdder>> perSecond = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> overBudget = new ConcurrentHashMap<>();

    void record(String endpoint, String clientId) {
        counts.computeIfAbsent(clientId, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    }

    /** An API request of {@code clientId} its rate limit let through at {@code at}. */
    void recordLimited(String clientId, Instant at) {
        long second = at.getEpochSecond();
        ConcurrentSkipListMap<Long, LongAdder> seconds = perSecond.computeIfAbsent(clientId,
                k -> new ConcurrentSkipListMap<>());
        seconds.computeIfAbsent(second, k -> new LongAdder()).increment();
        seconds.headMap(second - KEEP_SECONDS).clear();
    }

    /**
     * The most API requests of {@code clientId} its rate limit let through in any 60 whole seconds starting in
     * {@code [from, to)}: what a limit per minute is checked against (the last half hour is kept).
     */
    public long busiestMinute(String clientId, Instant from, Instant to) {
        ConcurrentSkipListMap<Long, LongAdder> seconds = perSecond.get(clientId);
        if (seconds == null) {
            return 0;
        }
        long busiest = 0;
        for (long start = from.getEpochSecond(); start < to.getEpochSecond(); start++) {
            long sum = seconds.subMap(start, start + 60).values().stream().mapToLong(LongAdder::sum).sum();
            busiest = Math.max(busiest, sum);
        }
        return busiest;
    }

    /** API requests of {@code clientId} its rate limit let through in {@code [from, to)}, by whole seconds. */
    public long count(String clientId, Instant from, Instant to) {
        ConcurrentSkipListMap<Long, LongAdder> seconds = perSecond.get(clientId);
        return seconds == null ? 0 : seconds.subMap(from.getEpochSecond(), to.getEpochSecond()).values().stream()
                .mapToLong(LongAdder::sum).sum();
    }

    void recordOverBudget(String clientId) {
        overBudget.computeIfAbsent(clientId, k -> new LongAdder()).increment();
    }

    /**
     * Requests of {@code clientId} that its token's rate limit refused (429 because the client sent more than its
     * budget, not an injected storm): a client that keeps to its budget has none.
     */
    public long overBudget(String clientId) {
        LongAdder adder = overBudget.get(clientId);
        return adder == null ? 0 : adder.sum();
    }

    /** Requests to {@code endpoint} from any client. */
    public long count(String endpoint) {
        return counts.values().stream().map(m -> m.get(endpoint)).filter(Objects::nonNull)
                .mapToLong(LongAdder::sum).sum();
    }

    /** Requests to {@code endpoint} from {@code clientId}. */
    public long count(String clientId, String endpoint) {
        LongAdder adder = counts.getOrDefault(clientId, Map.of()).get(endpoint);
        return adder == null ? 0 : adder.sum();
    }

    public Counts snapshot() {
        Map<String, Long> byEndpoint = new TreeMap<>();
        Map<String, Map<String, Long>> byClient = new TreeMap<>();
        counts.forEach((client, endpoints) -> endpoints.forEach((endpoint, adder) -> {
            byEndpoint.merge(endpoint, adder.sum(), Long::sum);
            byClient.computeIfAbsent(client, k -> new TreeMap<>()).put(endpoint, adder.sum());
        }));
        return new Counts(byEndpoint, byClient);
    }

    public void reset() {
        counts.clear();
        perSecond.clear();
        overBudget.clear();
    }
}
