package com.dxp.collector.genesys.simulator.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first conversation (by start, then id) of each UTC day of an org, which a wild org always makes wild so
 * that even a short window from midnight holds some wild data. Finding it walks the day's minute slots until
 * one has traffic, so the answer is cached per day.
 */
final class DayFirsts {

    static final long SLOTS_PER_DAY = 1440;
    private static final int MAX_CACHED_DAYS = 4096;

    private final SlotTraffic traffic;
    private final ConversationIds ids;
    private final Map<Long, Optional<ConversationKey>> firsts = new ConcurrentHashMap<>();

    DayFirsts(SlotTraffic traffic, ConversationIds ids) {
        this.traffic = traffic;
        this.ids = ids;
    }

    /** The first conversation of {@code day} (days since the epoch), if the day has any. */
    Optional<ConversationKey> of(long day) {
        if (firsts.size() > MAX_CACHED_DAYS) {
            firsts.clear();
        }
        return firsts.computeIfAbsent(day, this::find);
    }

    boolean isFirst(ConversationKey key) {
        return of(Math.floorDiv(key.slot(), SLOTS_PER_DAY)).map(first -> first.id().equals(key.id())).orElse(false);
    }

    private Optional<ConversationKey> find(long day) {
        for (long slot = day * SLOTS_PER_DAY; slot < (day + 1) * SLOTS_PER_DAY; slot++) {
            if (traffic.count(slot) > 0) {
                List<ConversationKey> keys = GeneratedConversationCatalog.keys(traffic, ids, slot);
                return Optional.of(keys.get(0));
            }
        }
        return Optional.empty();
    }
}
