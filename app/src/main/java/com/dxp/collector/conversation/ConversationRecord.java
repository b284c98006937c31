package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(name = "ConversationParticipant", description = "A participant with its sessions, in record order.")
    public record Participant(
            @Schema(description = "The participant id") String participantId,
            @Schema(description = "Its name, as Genesys shows it") String participantName,
            @Schema(description = "Its purpose: `customer`, `agent`, `ivr`, `acd`, `external`, `workflow`...")
            String purpose,
            @Schema(description = "The Genesys user, for agents") String userId,
            @Schema(description = "The agent's team") String teamId,
            @Schema(description = "The external contact, for customers") String externalContactId,
            @Schema(description = "Its sessions") List<Session> sessions) {
        public Participant {
            sessions = List.copyOf(sessions);
        }
    }

    /** A session (one media leg of a participant) with its segments, metrics and media endpoint statistics. */
    @Schema(name = "ConversationSession", description = "A session (one media leg of a participant) with its"
            + " segments, metrics and media endpoint statistics.")
    public record Session(
            @Schema(description = "The session id") String sessionId,
            @Schema(description = "`voice`, `message`, `chat`, `email`, `callback`...") String mediaType,
            @Schema(description = "`inbound` or `outbound`") String direction,
            @Schema(description = "Calling number") String ani,
            @Schema(description = "Called number") String dnis,
            @Schema(description = "Address it came from") String addressFrom,
            @Schema(description = "Address it went to") String addressTo,
            @Schema(description = "For messages: `sms`, `webmessaging`, `whatsapp`...") String messageType,
            @Schema(description = "The media provider") String provider,
            @Schema(description = "The Edge that handled it") String edgeId,
            @Schema(description = "The Architect flow, for IVR sessions") String flowName,
            @Schema(description = "The flow's type") String flowType,
            @Schema(description = "Whether it was recorded") Boolean recording,
            @Schema(description = "Its segments in order") List<Segment> segments,
            @Schema(description = "Its metrics") List<Metric> metrics,
            @Schema(description = "Voice quality per media endpoint") List<MediaEndpointStat> mediaEndpointStats) {
        public Session {
            segments = List.copyOf(segments);
            metrics = List.copyOf(metrics);
            mediaEndpointStats = List.copyOf(mediaEndpointStats);
        }
    }

    /** A segment of a session; {@code end} is null while it is still open. */
    @Schema(name = "ConversationSegment", description = "A segment of a session; `end` is null while it is still open.")
    public record Segment(
            @Schema(description = "`interact`, `hold`, `wrapup`, `alert`, `ivr`...") String segmentType,
            @Schema(description = "When it started") Instant start,
            @Schema(description = "When it ended; absent while open") Instant end,
            @Schema(description = "The queue, for ACD segments") String queueId,
            @Schema(description = "The wrap-up code, for wrap-up segments") String wrapUpCode,
            @Schema(description = "How it was disconnected, for the last segment") String disconnectType,
            @Schema(description = "An error code Genesys gave") String errorCode,
            @Schema(description = "Whether it was part of a conference") Boolean conference) {
    }

    /** A session metric (t-metrics in milliseconds, n-metrics as counts). */
    @Schema(name = "SessionMetric", description = "A session metric (t-metrics in milliseconds, n-metrics as counts).")
    public record Metric(
            @Schema(description = "The metric name, such as `tHandle` or `nTransferred`") String name,
            @Schema(description = "Milliseconds for t-metrics, a count for n-metrics") Long value,
            @Schema(description = "When Genesys emitted it") Instant emitDate) {
    }

    /**
     * Voice quality measured at one media endpoint of a session. {@code lossRatio} is derived ({@link #of}) and
     * kept as a component so that the stored column and the API show the same figure.
     */
    @Schema(description = "Voice quality measured at one media endpoint of a session.")
    public record MediaEndpointStat(
            @Schema(description = "Codecs used") List<String> codecs,
            @Schema(description = "Lowest MOS (1-5)") Double minMos,
            @Schema(description = "Lowest R-factor") Double minRFactor,
            @Schema(description = "Highest latency, ms") Long maxLatencyMs,
            @Schema(description = "Packets received") Long receivedPackets,
            @Schema(description = "Invalid packets") Long invalidPackets,
            @Schema(description = "Discarded packets") Long discardedPackets,
            @Schema(description = "Duplicate packets") Long duplicatePackets,
            @Schema(description = "Overrun packets") Long overrunPackets,
            @Schema(description = "Underrun packets") Long underrunPackets,
            @Schema(description = "When it was measured") Instant eventTime,
            @Schema(description = "Packets lost (invalid, discarded, overrun, underrun) per packet received; absent "
                    + "without received packets")
            Double lossRatio) {
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
