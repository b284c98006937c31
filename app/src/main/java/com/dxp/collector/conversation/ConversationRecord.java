package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The normalized content of one analytics conversation detail record: the columns the store keeps beside the raw
 * JSON. Lists are never null. Its {@link #completeness()} is what decides whether it may replace a stored record.
 */
public record ConversationRecord(UUID conversationId, Instant start, Instant end, String originatingDirection,
        List<String> divisionIds, Double minMos, Double minRFactor, String externalTag,
        List<Participant> participants) {

    public ConversationRecord {
        Objects.requireNonNull(conversationId, "conversationId");
        divisionIds = List.copyOf(divisionIds);
        participants = List.copyOf(participants);
    }

    /** Distinct media types of all sessions, sorted. */
    public List<String> mediaTypes() {
        TreeSet<String> types = new TreeSet<>();
        for (Participant p : participants) {
            for (Session s : p.sessions()) {
                if (s.mediaType() != null) {
                    types.add(s.mediaType());
                }
            }
        }
        return List.copyOf(types);
    }

    /** The latest segment end in the record, or null when no segment has ended. */
    public Instant lastSegmentEnd() {
        Instant last = null;
        for (Participant p : participants) {
            for (Session s : p.sessions()) {
                for (Segment g : s.segments()) {
                    if (g.end() != null && (last == null || g.end().isAfter(last))) {
                        last = g.end();
                    }
                }
            }
        }
        return last;
    }

    /** Ended, and no segment still open (an agent's wrap-up can outlast the conversation end). */
    public boolean complete() {
        if (end == null) {
            return false;
        }
        for (Participant p : participants) {
            for (Session s : p.sessions()) {
                for (Segment g : s.segments()) {
                    if (g.end() == null) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** How complete this record is, fetched at {@code fetchedAt}. */
    public Completeness completeness(Instant fetchedAt) {
        return new Completeness(end != null, lastSegmentEnd(), fetchedAt);
    }

    /** A participant with its sessions, in record order. */
    public record Participant(String participantId, String participantName, String purpose, String userId,
            String teamId, String externalContactId, List<Session> sessions) {
        public Participant {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session (one media leg of a participant) with its segments, metrics and media endpoint statistics. */
    public record Session(String sessionId, String mediaType, String direction, String ani, String dnis,
            String addressFrom, String addressTo, String messageType, String provider, String edgeId,
            String flowName, String flowType, Boolean recording, List<Segment> segments, List<Metric> metrics,
            List<MediaEndpointStat> mediaEndpointStats) {
        public Session {
            segments = List.copyOf(segments);
            metrics = List.copyOf(metrics);
            mediaEndpointStats = List.copyOf(mediaEndpointStats);
        }
    }

    /** A segment of a session; {@code end} is null while it is still open. */
    public record Segment(String segmentType, Instant start, Instant end, String queueId, String wrapUpCode,
            String disconnectType, String errorCode, Boolean conference) {
    }

    /** A session metric (t-metrics in milliseconds, n-metrics as counts). */
    public record Metric(String name, Long value, Instant emitDate) {
    }

    /**
     * Voice quality measured at one media endpoint of a session. {@code lossRatio} is derived ({@link #of}) and
     * kept as a component so that the stored column and the API show the same figure.
     */
    public record MediaEndpointStat(List<String> codecs, Double minMos, Double minRFactor, Long maxLatencyMs,
            Long receivedPackets, Long invalidPackets, Long discardedPackets, Long duplicatePackets,
            Long overrunPackets, Long underrunPackets, Instant eventTime, Double lossRatio) {
        public MediaEndpointStat {
            codecs = List.copyOf(codecs);
        }

        /** The statistics as measured, with their loss ratio derived. */
        public static MediaEndpointStat of(List<String> codecs, Double minMos, Double minRFactor, Long maxLatencyMs,
                Long receivedPackets, Long invalidPackets, Long discardedPackets, Long duplicatePackets,
                Long overrunPackets, Long underrunPackets, Instant eventTime) {
            return new MediaEndpointStat(codecs, minMos, minRFactor, maxLatencyMs, receivedPackets, invalidPackets,
                    discardedPackets, duplicatePackets, overrunPackets, underrunPackets, eventTime,
                    lossRatio(receivedPackets, invalidPackets, discardedPackets, overrunPackets, underrunPackets));
        }

        /**
         * Packets lost to the listener (invalid, discarded, overrun, underrun) per packet received, or null without
         * received packets. Duplicates are not counted: they are extra copies, not missing audio.
         */
        static Double lossRatio(Long received, Long invalid, Long discarded, Long overrun, Long underrun) {
            if (received == null || received <= 0) {
                return null;
            }
            long lost = nz(invalid) + nz(discarded) + nz(overrun) + nz(underrun);
            return (double) lost / received;
        }

        private static long nz(Long v) {
            return v == null ? 0 : v;
        }
    }
}
