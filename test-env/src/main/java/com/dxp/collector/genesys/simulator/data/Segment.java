package com.dxp.collector.genesys.simulator.data;

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
 */
record Segment(long start, long end, String type, String queueId, boolean conference, String disconnectType,
               String wrapUpCode, WildFields wild) {

    /** A tidy segment. */
    Segment(long start, long end, String type, String queueId, boolean conference, String disconnectType,
            String wrapUpCode) {
        this(start, end, type, queueId, conference, disconnectType, wrapUpCode, WildFields.NONE);
    }

    static Segment of(long start, long end, String type, String queueId) {
        return new Segment(start, end, type, queueId, false, null, null);
    }

    Segment disconnected(String how) {
        return new Segment(start, end, type, queueId, conference, how, wrapUpCode, wild);
    }

    Segment with(WildFields fields) {
        return new Segment(start, end, type, queueId, conference, disconnectType, wrapUpCode, fields);
    }
}
