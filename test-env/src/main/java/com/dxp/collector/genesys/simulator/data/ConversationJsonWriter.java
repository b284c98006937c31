package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.IsoTimestamps.format;

import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a generated conversation as the analytics API shows it at a given instant: what has not happened yet
 * is left out, running segments have no end, and until the record is complete (see
 * {@link com.dxp.collector.genesys.simulator.SimConversation#completedAt()}) it has no {@code conversationEnd},
 * the agents' final wrap-up segments stay open and the metrics they emit are missing. A wild org's
 * {@link WildFields} are written after the tidy fields of their object, in place of those they cover.
 */
final class ConversationJsonWriter {

    private ConversationJsonWriter() {
    }

    static void write(GeneratedConversation c, JsonGenerator out, long asOf, boolean withAttributes) {
        boolean complete = asOf >= c.completedAtMillis();
        out.writeStartObject();
        out.write("conversationId", c.conversationId());
        out.write("conversationStart", format(c.startMillis()));
        if (complete) {
            out.write("conversationEnd", format(c.endMillis()));
        }
        if (c.conferenceStartMillis() >= 0 && c.conferenceStartMillis() <= asOf) {
            out.write("conferenceStart", format(c.conferenceStartMillis()));
        }
        MediaEndpointStat worst = worstVisibleStat(c.participants(), asOf);
        if (worst != null && !c.wild().covers("mediaStatsMinConversationMos")) {
            out.write("mediaStatsMinConversationMos", BigDecimal.valueOf(worst.mosHundredths(), 2));
        }
        if (worst != null) {
            out.write("mediaStatsMinConversationRFactor", BigDecimal.valueOf(worst.rFactorTenths(), 1));
        }
        out.write("originatingDirection", c.direction());
        out.writeStartArray("divisionIds");
        for (String divisionId : c.divisionIdList()) {
            out.write(divisionId);
        }
        out.writeEnd();
        out.writeStartArray("participants");
        for (Participant participant : c.participants()) {
            if (participant.sessions().get(0).start() <= asOf) {
                writeParticipant(out, participant, asOf, complete, withAttributes);
            }
        }
        out.writeEnd();
        c.wild().writeTo(out);
        out.writeEnd();
    }

    private static MediaEndpointStat worstVisibleStat(List<Participant> participants, long asOf) {
        MediaEndpointStat worst = null;
        for (Participant participant : participants) {
            for (Session session : participant.sessions()) {
                for (MediaEndpointStat stat : session.endpointStats()) {
                    if (stat.eventMillis() <= asOf && (worst == null || stat.mosHundredths() < worst.mosHundredths())) {
                        worst = stat;
                    }
                }
            }
        }
        return worst;
    }

    private static void writeParticipant(JsonGenerator out, Participant participant, long asOf, boolean complete,
                                         boolean withAttributes) {
        out.writeStartObject();
        out.write("participantId", participant.participantId());
        writeIfPresent(out, "participantName", participant.participantName());
        writeIfPresent(out, "purpose", participant.purpose());
        if (participant.userId() != null) {
            out.write("userId", participant.userId());
        }
        writeIfPresent(out, "teamId", participant.teamId());
        if (withAttributes && !participant.attributes().isEmpty()) {
            out.writeStartObject("attributes");
            List<String> pairs = participant.attributes();
            for (int i = 0; i < pairs.size(); i += 2) {
                out.write(pairs.get(i), pairs.get(i + 1));
            }
            out.writeEnd();
        }
        out.writeStartArray("sessions");
        for (Session session : participant.sessions()) {
            if (session.start() <= asOf) {
                writeSession(out, session, asOf, complete);
            }
        }
        out.writeEnd();
        participant.wild().writeTo(out);
        out.writeEnd();
    }

    private static void writeSession(JsonGenerator out, Session s, long asOf, boolean complete) {
        boolean holdOpen = s.openUntilComplete() && !complete;
        out.writeStartObject();
        out.write("sessionId", s.sessionId());
        out.write("mediaType", s.mediaType());
        out.write("direction", s.direction());
        writeIfPresent(out, "ani", s.ani());
        writeIfPresent(out, "dnis", s.dnis());
        writeIfPresent(out, "addressFrom", s.addressFrom());
        writeIfPresent(out, "addressTo", s.addressTo());
        writeIfPresent(out, "messageType", s.messageType());
        writeIfPresent(out, "provider", s.provider());
        if (!s.callbackNumbers().isEmpty()) {
            out.writeStartArray("callbackNumbers");
            s.callbackNumbers().forEach(out::write);
            out.writeEnd();
        }
        writeIfPresent(out, "callbackUserName", s.callbackUserName());
        writeLinks(out, s.links());
        if (s.flow() != null) {
            writeFlow(out, s.flow());
        }
        boolean open = false;
        for (MediaEndpointStat stat : s.endpointStats()) {
            if (stat.eventMillis() <= asOf) {
                if (!open) {
                    out.writeStartArray("mediaEndpointStats");
                    open = true;
                }
                writeStat(out, stat);
            }
        }
        if (open) {
            out.writeEnd();
            open = false;
        }
        long lastSegmentStart = s.lastSegmentStart();
        for (SessionMetric metric : s.metrics()) {
            if (metric.emitMillis() <= asOf && !(holdOpen && metric.emitMillis() > lastSegmentStart)) {
                if (!open) {
                    out.writeStartArray("metrics");
                    open = true;
                }
                out.writeStartObject();
                out.write("name", metric.name());
                if (!metric.wild().covers("value")) {
                    out.write("value", metric.value());
                }
                out.write("emitDate", format(metric.emitMillis()));
                metric.wild().writeTo(out);
                out.writeEnd();
            }
        }
        if (open) {
            out.writeEnd();
        }
        out.writeStartArray("segments");
        List<Segment> segments = s.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.start() > asOf) {
                break;
            }
            boolean ended = segment.end() <= asOf && !(holdOpen && i == segments.size() - 1);
            writeSegment(out, segment, ended);
        }
        out.writeEnd();
        s.wild().writeTo(out);
        out.writeEnd();
    }

    private static void writeFlow(JsonGenerator out, FlowInfo flow) {
        out.writeStartObject("flow");
        out.write("flowId", flow.flowId());
        out.write("flowName", flow.flowName());
        out.write("flowType", flow.flowType());
        out.write("flowVersion", flow.flowVersion());
        out.write("entryType", "dnis");
        out.write("entryReason", flow.entryReason());
        out.write("exitReason", flow.exitReason());
        if (flow.transferTargetName() != null) {
            out.write("transferType", "ACD");
            out.write("transferTargetName", flow.transferTargetName());
        }
        out.writeEnd();
    }

    private static void writeStat(JsonGenerator out, MediaEndpointStat stat) {
        out.writeStartObject();
        out.writeStartArray("codecs");
        out.write(stat.codec());
        out.writeEnd();
        WildFields wild = stat.wild();
        if (!wild.covers("minMos")) {
            out.write("minMos", BigDecimal.valueOf(stat.mosHundredths(), 2));
        }
        out.write("minRFactor", BigDecimal.valueOf(stat.rFactorTenths(), 1));
        out.write("maxLatencyMs", stat.maxLatencyMs());
        if (!wild.covers("receivedPackets")) {
            out.write("receivedPackets", stat.receivedPackets());
        }
        out.write("invalidPackets", stat.invalidPackets());
        if (!wild.covers("discardedPackets")) {
            out.write("discardedPackets", stat.discardedPackets());
        }
        out.write("duplicatePackets", stat.duplicatePackets());
        out.write("overrunPackets", stat.overrunPackets());
        out.write("underrunPackets", stat.underrunPackets());
        out.write("eventTime", format(stat.eventMillis()));
        wild.writeTo(out);
        out.writeEnd();
    }

    private static void writeSegment(JsonGenerator out, Segment segment, boolean ended) {
        out.writeStartObject();
        out.write("segmentStart", format(segment.start()));
        if (ended) {
            out.write("segmentEnd", format(segment.end()));
        }
        out.write("segmentType", segment.type());
        if (segment.queueId() != null) {
            out.write("queueId", segment.queueId());
        }
        if (segment.conference()) {
            out.write("conference", true);
        }
        if (ended && segment.disconnectType() != null) {
            out.write("disconnectType", segment.disconnectType());
        }
        if (ended && segment.wrapUpCode() != null) {
            out.write("wrapUpCode", segment.wrapUpCode());
        }
        writeIds(out, "requestedRoutingSkillIds", segment.requestedSkillIds());
        segment.wild().writeTo(out);
        out.writeEnd();
    }

    private static void writeLinks(JsonGenerator out, SessionLinks links) {
        writeIds(out, "activeSkillIds", links.activeSkillIds());
        if (links.journeyCustomerSessionId() != null) {
            out.write("journeyCustomerId", links.journeyCustomerId());
            out.write("journeyCustomerIdType", SessionLinks.CUSTOMER_ID_TYPE);
            out.write("journeyCustomerSessionId", links.journeyCustomerSessionId());
            out.write("journeyCustomerSessionIdType", SessionLinks.SESSION_ID_TYPE);
        }
    }

    private static void writeIds(JsonGenerator out, String name, List<String> ids) {
        if (!ids.isEmpty()) {
            out.writeStartArray(name);
            ids.forEach(out::write);
            out.writeEnd();
        }
    }

    private static void writeIfPresent(JsonGenerator out, String name, String value) {
        if (value != null) {
            out.write(name, value);
        }
    }
}
