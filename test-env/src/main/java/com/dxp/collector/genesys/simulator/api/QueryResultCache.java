package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Remembers which conversations a details query matched, so paging through a large result does not generate
 * the whole UTC day again for every page (that would make paging quadratic). A query over days that are long
 * settled is remembered as it is; one over recent days only for the second it was asked in, since the result
 * grows as conversations start and complete, as it does in the real service. Bounded: least recently used
 * entries go first.
 */
final class QueryResultCache {

    /** Past this long after its last UTC day ends (plus the completion delay), a query's result no longer changes. */
    private static final Duration SETTLED_AFTER = Duration.ofDays(1);
    private static final int MAX_ENTRIES = 16;

    private record Key(UUID orgId, ConversationQuery query, Instant asOf) {
    }

    private final Duration completionDelay;
    private final Map<Key, List<String>> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<String>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    QueryResultCache(Duration completionDelay) {
        this.completionDelay = completionDelay;
    }

    /**
     * The matching conversation ids in result order, computed by {@code compute} on a miss.
     *
     * @param now the request's instant
     */
    List<String> matches(UUID orgId, ConversationQuery query, Instant now, Supplier<List<String>> compute) {
        Key key = new Key(orgId, query, settled(query, now) ? Instant.MAX : now.truncatedTo(ChronoUnit.SECONDS));
        synchronized (entries) {
            List<String> cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // computed outside the lock: two racing misses compute the same list, which is harmless
        List<String> computed = List.copyOf(compute.get());
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }

    private boolean settled(ConversationQuery query, Instant now) {
        return !query.interval().lastDayEnd().plus(SETTLED_AFTER).plus(completionDelay).isAfter(now);
    }
}
