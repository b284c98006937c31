package com.dxp.collector.conversation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Distinct Architect flow ids of all sessions, sorted. */
    public List<String> flowIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (Participant p : participants) {
            for (Session s : p.sessions()) {
                if (s.flowId() != null) {
                    ids.add(s.flowId());
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Whether the record carries participant attributes at all (any participant with an {@code attributes} field):
     * analytics job results do, the query and batch GET never. Only such a record replaces stored attributes.
     */
    public boolean carriesAttributes() {
        return participants.stream().anyMatch(p -> p.attributes() != null);
    }

    /** Distinct journey session ids the record's sessions name, sorted. */
    public List<String> journeySessionIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (Participant p : participants) {
            for (Session s : p.sessions()) {
                if (s.journeyCustomerSessionId() != null) {
                    ids.add(s.journeyCustomerSessionId());
                }
            }
        }
        return List.copyOf(ids);
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
            @Schema(description = "The participant id", example = "5c3d1e2f-6a7b-4c8d-9e0f-1a2b3c4d5e6f")
            String participantId,
            @Schema(description = "Its name, as Genesys shows it", example = "Anna Schmidt") String participantName,
            @Schema(description = "Its purpose: `customer`, `agent`, `ivr`, `acd`, `external`, `workflow`...",
                    example = "agent")
            String purpose,
            @Schema(description = "The Genesys user, for agents", example = "e3b1c5d7-9f2a-4e6b-8c0d-1a3b5c7d9e2f")
            String userId,
            @Schema(description = "The agent's team", example = "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b") String teamId,
            @Schema(description = "The external contact, for customers",
                    example = "2c4e6a8b-0d1f-4a3c-b5e7-9f1a3c5e7b9d") String externalContactId,
            @Schema(description = "Its sessions") List<Session> sessions,
            @Schema(description = "Its participant data (attributes), as analytics job results give them to a tenant"
                    + " that grants `conversation:participant:attributesview`; absent when no record carried them",
                    example = "{\"customerTier\": \"gold\", \"ivr.selection\": \"2\"}")
            Map<String, String> attributes) {
        public Participant {
            sessions = List.copyOf(sessions);
            attributes = attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** The same participant with {@code attributes}. */
        public Participant withAttributes(Map<String, String> values) {
            return new Participant(participantId, participantName, purpose, userId, teamId, externalContactId,
                    sessions, values);
        }
    }

    /** A session (one media leg of a participant) with its segments, metrics and media endpoint statistics. */
    @Schema(name = "ConversationSession", description = "A session (one media leg of a participant) with its"
            + " segments, metrics and media endpoint statistics.")
    public record Session(
            @Schema(description = "The session id", example = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b") String sessionId,
            @Schema(description = "`voice`, `message`, `chat`, `email`, `callback`...", example = "voice")
            String mediaType,
            @Schema(description = "`inbound` or `outbound`", example = "inbound") String direction,
            @Schema(description = "Calling number", example = "tel:+4930123456789") String ani,
            @Schema(description = "Called number", example = "tel:+4989987654321") String dnis,
            @Schema(description = "Address it came from", example = "tel:+4930123456789") String addressFrom,
            @Schema(description = "Address it went to", example = "tel:+4989987654321") String addressTo,
            @Schema(description = "For messages: `sms`, `webmessaging`, `whatsapp`...", example = "webmessaging")
            String messageType,
            @Schema(description = "The media provider", example = "Edge") String provider,
            @Schema(description = "The Edge that handled it", example = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
            String edgeId,
            @Schema(description = "The Predictive Engagement journey session of the customer, for web sessions (see"
                    + " `/journey-sessions`)", example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
            String journeyCustomerSessionId,
            @Schema(description = "The Architect flow's id, for flow sessions (see `/flows`)",
                    example = "7e9a1c3e-5b7d-4f9a-8c1e-3b5d7f9a1c3e") String flowId,
            @Schema(description = "The Architect flow, for IVR sessions", example = "Main IVR") String flowName,
            @Schema(description = "The flow's type", example = "INBOUNDCALL") String flowType,
            @Schema(description = "Whether it was recorded", example = "true") Boolean recording,
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
            @Schema(description = "`interact`, `hold`, `wrapup`, `alert`, `ivr`...", example = "interact")
            String segmentType,
            @Schema(description = "When it started", example = "2026-12-01T09:31:05.610Z") Instant start,
            @Schema(description = "When it ended; absent while open", example = "2026-12-01T09:41:47.902Z") Instant end,
            @Schema(description = "The queue, for ACD segments", example = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d")
            String queueId,
            @Schema(description = "The wrap-up code, for wrap-up segments",
                    example = "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a") String wrapUpCode,
            @Schema(description = "How it was disconnected, for the last segment", example = "peer")
            String disconnectType,
            @Schema(description = "An error code Genesys gave", example = "error.ininedgecontrol.session.inactive")
            String errorCode,
            @Schema(description = "Whether it was part of a conference", example = "false") Boolean conference) {
    }

    /** A session metric (t-metrics in milliseconds, n-metrics as counts). */
    @Schema(name = "SessionMetric", description = "A session metric (t-metrics in milliseconds, n-metrics as counts).")
    public record Metric(
            @Schema(description = "The metric name, such as `tHandle` or `nTransferred`", example = "tHandle")
            String name,
            @Schema(description = "Milliseconds for t-metrics, a count for n-metrics", example = "642292") Long value,
            @Schema(description = "When Genesys emitted it", example = "2026-12-01T09:41:47.902Z") Instant emitDate) {
    }

    /**
     * Voice quality measured at one media endpoint of a session. {@code lossRatio} is derived ({@link #of}) and
     * kept as a component so that the stored column and the API show the same figure.
     */
    @Schema(description = "Voice quality measured at one media endpoint of a session.")
    public record MediaEndpointStat(
            @Schema(description = "Codecs used", example = "[\"audio/opus\"]") List<String> codecs,
            @Schema(description = "Lowest MOS (1-5)", example = "4.12") Double minMos,
            @Schema(description = "Lowest R-factor", example = "82.4") Double minRFactor,
            @Schema(description = "Highest latency, ms", example = "120") Long maxLatencyMs,
            @Schema(description = "Packets received", example = "15480") Long receivedPackets,
            @Schema(description = "Invalid packets", example = "0") Long invalidPackets,
            @Schema(description = "Discarded packets", example = "12") Long discardedPackets,
            @Schema(description = "Duplicate packets", example = "0") Long duplicatePackets,
            @Schema(description = "Overrun packets", example = "0") Long overrunPackets,
            @Schema(description = "Underrun packets", example = "3") Long underrunPackets,
            @Schema(description = "When it was measured", example = "2026-12-01T09:41:47.902Z") Instant eventTime,
            @Schema(description = "Packets lost (invalid, discarded, overrun, underrun) per packet received; absent "
                    + "without received packets", example = "0.000969")
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
