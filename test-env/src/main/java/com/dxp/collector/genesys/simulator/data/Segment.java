package com.dxp.collector.genesys.simulator.data;

import java.util.List;

/**
 * One segment of a session ({@code AnalyticsConversationSegment}); times are epoch milliseconds.
 *
 * @param start          {@code segmentStart}
 * @param end            {@code segmentEnd}
 * @param type           {@code segmentType}, e.g. {@code interact}
 * @param queueId        queue id or null
 * @param conference     whether the segment is part of a conference
 * @param disconnectType how it ended (only on a session's last segment), or null
 * @param wrapUpCode     wrap-up code id on {@code wrapup} segments, or null
 * @param wild           what a wild org writes beyond the tidy fields
 * @param requestedSkillIds {@code requestedRoutingSkillIds}: the skills the interaction asked for, or empty
 */
record Segment(long start, long end, String type, String queueId, boolean conference, String disconnectType,
               String wrapUpCode, WildFields wild, List<String> requestedSkillIds) {

    /** A tidy segment. */
    Segment(long start, long end, String type, String queueId, boolean conference, String disconnectType,
            String wrapUpCode) {
        this(start, end, type, queueId, conference, disconnectType, wrapUpCode, WildFields.NONE, List.of());
    }

    static Segment of(long start, long end, String type, String queueId) {
        return new Segment(start, end, type, queueId, false, null, null);
    }

    Segment disconnected(String how) {
        return new Segment(start, end, type, queueId, conference, how, wrapUpCode, wild, requestedSkillIds);
    }

    Segment with(WildFields fields) {
        return new Segment(start, end, type, queueId, conference, disconnectType, wrapUpCode, fields, requestedSkillIds);
    }

    Segment withRequestedSkills(List<String> skillIds) {
        return new Segment(start, end, type, queueId, conference, disconnectType, wrapUpCode, wild,
                List.copyOf(skillIds));
    }
}
