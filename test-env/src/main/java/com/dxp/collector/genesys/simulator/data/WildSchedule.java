package com.dxp.collector.genesys.simulator.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which conversations of a wild org are wild, and with which {@link WildEdge}s: about one in five, drawn from
 * (org, slot, index) like everything else, and the first of every UTC day, which also lives longer than seven
 * days. Each edge has its own share; the costly {@link WildEdge#MANY_PARTICIPANTS} is rare, so that days of
 * data stay quick to generate. A tidy org's schedule makes no conversation wild.
 */
final class WildSchedule {

    /** No wild conversation lives longer than this; long-lived ones live more than seven days. */
    static final Duration LONGEST_LIFE = Duration.ofDays(9);

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final int ONE_IN = 5;
    private static final Map<WildEdge, Double> SHARES = shares();

    private final long orgKey;
    private final DayFirsts dayFirsts;

    private WildSchedule(long orgKey, DayFirsts dayFirsts) {
        this.orgKey = orgKey;
        this.dayFirsts = dayFirsts;
    }

    static WildSchedule tidy() {
        return new WildSchedule(0, null);
    }

    static WildSchedule wild(long orgKey, DayFirsts dayFirsts) {
        return new WildSchedule(orgKey, dayFirsts);
    }

    /** The edges of the conversation with this key; empty when it is tidy. */
    Set<WildEdge> edges(ConversationKey key) {
        if (dayFirsts == null) {
            return Set.of();
        }
        SplittableRandom r = Seeds.random(orgKey, Seeds.WILD_SCHEDULE, (key.slot() << 16) | key.index());
        boolean first = dayFirsts.isFirst(key);
        if (r.nextInt(ONE_IN) != 0 && !first) {
            return Set.of();
        }
        Set<WildEdge> edges = EnumSet.noneOf(WildEdge.class);
        SHARES.forEach((edge, share) -> {
            if (r.nextDouble() < share) {
                edges.add(edge);
            }
        });
        if (edges.isEmpty()) {
            List<WildEdge> common = SHARES.keySet().stream().filter(e -> SHARES.get(e) >= 0.1).toList();
            edges.add(common.get(r.nextInt(common.size())));
        }
        if (first) {
            edges.add(WildEdge.LONG_LIVED);
        }
        return Collections.unmodifiableSet(edges);
    }

    /**
     * The long-lived conversations that start before {@code millis} but may still run then (within
     * {@link #LONGEST_LIFE}), by start: what a window's overlap look-back of a few hours would miss.
     */
    List<ConversationKey> longLivedStartingBefore(long millis) {
        if (dayFirsts == null) {
            return List.of();
        }
        List<ConversationKey> keys = new ArrayList<>();
        long lastDay = Math.floorDiv(millis, DAY_MILLIS);
        for (long day = Math.floorDiv(millis - LONGEST_LIFE.toMillis(), DAY_MILLIS); day <= lastDay; day++) {
            dayFirsts.of(day).filter(key -> key.startMillis() < millis).ifPresent(keys::add);
        }
        return keys;
    }

    private static Map<WildEdge, Double> shares() {
        Map<WildEdge, Double> shares = new EnumMap<>(WildEdge.class);
        shares.put(WildEdge.LONG_STRINGS, 0.25);
        shares.put(WildEdge.CONTROL_CHARACTERS, 0.25);
        shares.put(WildEdge.UNPAIRED_SURROGATES, 0.2);
        shares.put(WildEdge.ASTRAL_CHARACTERS, 0.25);
        shares.put(WildEdge.MANY_DIVISIONS, 0.2);
        shares.put(WildEdge.MANY_PARTICIPANTS, 0.02);
        shares.put(WildEdge.MISSING_OPTIONAL_FIELDS, 0.25);
        shares.put(WildEdge.UNKNOWN_FIELDS, 0.3);
        shares.put(WildEdge.UNKNOWN_ENUM_VALUES, 0.2);
        shares.put(WildEdge.HUGE_NUMBERS, 0.2);
        shares.put(WildEdge.LONG_IDS, 0.2);
        return Collections.unmodifiableMap(shares);
    }
}
