package com.dxp.collector.genesys.simulator.data;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One session of a participant ({@code AnalyticsSession}), with the fields the simulator fills.
 *
 * @param sessionId          session id
 * @param mediaType          {@code voice}, {@code message}, ...
 * @param direction          {@code inbound} or {@code outbound}
 * @param ani                caller, voice only
 * @param dnis               dialled number, voice only
 * @param addressFrom        sender, digital media
 * @param addressTo          recipient, digital media
 * @param messageType        {@code webmessaging}, {@code whatsapp}, ... for message sessions
 * @param provider           {@code Edge}, {@code PureCloud Messaging}, ...
 * @param callbackNumbers    numbers to call back, callback sessions
 * @param callbackUserName   whom to call back
 * @param flow               the flow of an ivr session, or null
 * @param endpointStats      voice quality
 * @param metrics            metrics
 * @param segments           segments in time order
 * @param openUntilComplete  whether the last segment (the agent's wrap-up) stays open until the record is complete
 * @param wild               what a wild org writes beyond the tidy fields
 * @param links              the skills and journey session it names ({@link SessionLinks#NONE}: none)
 */
record Session(String sessionId, String mediaType, String direction, String ani, String dnis, String addressFrom,
               String addressTo, String messageType, String provider, List<String> callbackNumbers,
               String callbackUserName, FlowInfo flow, List<MediaEndpointStat> endpointStats,
               List<SessionMetric> metrics, List<Segment> segments, boolean openUntilComplete, WildFields wild,
               SessionLinks links) {

    /** A tidy session. */
    Session(String sessionId, String mediaType, String direction, String ani, String dnis, String addressFrom,
            String addressTo, String messageType, String provider, List<String> callbackNumbers,
            String callbackUserName, FlowInfo flow, List<MediaEndpointStat> endpointStats,
            List<SessionMetric> metrics, List<Segment> segments, boolean openUntilComplete) {
        this(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType, provider,
                callbackNumbers, callbackUserName, flow, endpointStats, metrics, segments, openUntilComplete,
                WildFields.NONE, SessionLinks.NONE);
    }

    Session withAddresses(UnaryOperator<String> change) {
        return new Session(sessionId, mediaType, direction, change.apply(ani), change.apply(dnis),
                change.apply(addressFrom), change.apply(addressTo), messageType, provider,
                callbackNumbers.stream().map(change).toList(), callbackUserName, flow, endpointStats, metrics,
                segments, openUntilComplete, wild, links);
    }

    Session withFlow(FlowInfo changed) {
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType,
                provider, callbackNumbers, callbackUserName, changed, endpointStats, metrics, segments,
                openUntilComplete, wild, links);
    }

    Session withStats(List<MediaEndpointStat> changed) {
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType,
                provider, callbackNumbers, callbackUserName, flow, List.copyOf(changed), metrics, segments,
                openUntilComplete, wild, links);
    }

    Session withMetrics(List<SessionMetric> changed) {
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType,
                provider, callbackNumbers, callbackUserName, flow, endpointStats, List.copyOf(changed), segments,
                openUntilComplete, wild, links);
    }

    Session withSegments(List<Segment> changed) {
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType,
                provider, callbackNumbers, callbackUserName, flow, endpointStats, metrics, List.copyOf(changed),
                openUntilComplete, wild, links);
    }

    Session with(WildFields fields) {
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType,
                provider, callbackNumbers, callbackUserName, flow, endpointStats, metrics, segments,
                openUntilComplete, fields, links);
    }

    Session with(SessionLinks changed) {
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType,
                provider, callbackNumbers, callbackUserName, flow, endpointStats, metrics, segments,
                openUntilComplete, wild, changed);
    }

    long start() {
        return segments.get(0).start();
    }

    long lastSegmentStart() {
        return segments.get(segments.size() - 1).start();
    }
}
