package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.LONG_AFTER;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.WEDNESDAY_9AM;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipant;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every generated detail record, complete or still open, with or without participant attributes, must be
 * read by the official SDK's model classes, and carry the fields a collector relies on.
 */
class ConversationSchemaContractTest {

    private static List<SimConversation> sample;

    @BeforeAll
    static void generate() {
        SimulatedOrg org = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
                "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Busy Org", 11, 30_000, 150, 5));
        sample = org.conversations().startingBetween(WEDNESDAY_9AM, WEDNESDAY_9AM.plus(Duration.ofMinutes(60)),
                LONG_AFTER).toList();
    }

    @Test
    void shouldCoverEveryMediaTypeAndBothDirections() {
        Set<String> kinds = new TreeSet<>();
        sample.forEach(c -> kinds.add(c.mediaType() + "/" + c.direction()));

        assertTrue(kinds.containsAll(List.of("voice/inbound", "voice/outbound", "message/inbound", "chat/inbound",
                "email/inbound", "email/outbound", "callback/inbound")), kinds::toString);
        assertTrue(sample.size() > 1500, "sample size " + sample.size());
    }

    @Test
    void shouldWriteCompleteRecordsTheSdkReadsAsQueryResults() {
        for (SimConversation conversation : sample) {
            AnalyticsConversationWithoutAttributes record = GenesysSchemaOracle.read(
                    json(conversation, LONG_AFTER, false), AnalyticsConversationWithoutAttributes.class);

            assertEquals(conversation.conversationId(), record.getConversationId());
            assertEquals(conversation.start(), record.getConversationStart().toInstant());
            assertEquals(conversation.end(), record.getConversationEnd().toInstant());
            assertNotNull(record.getOriginatingDirection());
            assertFalse(record.getDivisionIds().isEmpty());
            assertFalse(record.getParticipants().isEmpty());
            for (AnalyticsParticipantWithoutAttributes participant : record.getParticipants()) {
                assertWellFormed(participant.getParticipantId(), participant.getPurpose(), participant.getSessions(),
                        true);
            }
        }
    }

    @Test
    void shouldWriteCompleteRecordsWithAttributesTheSdkReadsAsJobResults() {
        int withAttributes = 0;
        for (SimConversation conversation : sample) {
            AnalyticsConversation record = GenesysSchemaOracle.read(json(conversation, LONG_AFTER, true),
                    AnalyticsConversation.class);

            assertNotNull(record.getConversationEnd());
            for (AnalyticsParticipant participant : record.getParticipants()) {
                assertWellFormed(participant.getParticipantId(), participant.getPurpose(), participant.getSessions(),
                        true);
                if (participant.getAttributes() != null && !participant.getAttributes().isEmpty()) {
                    withAttributes++;
                }
            }
        }
        assertTrue(withAttributes > sample.size() / 2, "participants with attributes: " + withAttributes);
    }

    @Test
    void shouldWriteOpenRecordsTheSdkReads() {
        int open = 0;
        for (SimConversation conversation : sample) {
            Instant live = conversation.start().plus(Duration.between(conversation.start(),
                    conversation.customerEnd()).dividedBy(2));
            Instant wrappingUp = conversation.customerEnd();
            for (Instant asOf : List.of(conversation.start(), live, wrappingUp)) {
                if (asOf.isBefore(conversation.completedAt())) {
                    open++;
                    AnalyticsConversation record = GenesysSchemaOracle.read(json(conversation, asOf, open % 2 == 0),
                            AnalyticsConversation.class);
                    assertNull(record.getConversationEnd());
                    for (AnalyticsParticipant participant : record.getParticipants()) {
                        assertWellFormed(participant.getParticipantId(), participant.getPurpose(),
                                participant.getSessions(), false);
                    }
                }
            }
        }
        assertTrue(open > sample.size() * 2, "open records checked: " + open);
    }

    @Test
    void shouldGiveVoiceSessionsAddressesAndQualityAndDigitalSessionsAddresses() {
        for (SimConversation conversation : sample) {
            AnalyticsConversationWithoutAttributes record = GenesysSchemaOracle.read(
                    json(conversation, LONG_AFTER, false), AnalyticsConversationWithoutAttributes.class);
            for (AnalyticsParticipantWithoutAttributes participant : record.getParticipants()) {
                for (AnalyticsSession session : participant.getSessions()) {
                    switch (conversation.mediaType()) {
                        case "voice" -> {
                            assertTrue(session.getAni().startsWith("tel:+49"), session.getAni());
                            assertTrue(session.getDnis().startsWith("tel:+49"), session.getDnis());
                        }
                        case "message", "email" -> {
                            assertNotNull(session.getAddressFrom());
                            assertNotNull(session.getAddressTo());
                        }
                        default -> { }
                    }
                }
            }
            if (conversation.mediaType().equals("voice")) {
                assertNotNull(record.getMediaStatsMinConversationMos(), conversation::conversationId);
                assertNotNull(record.getMediaStatsMinConversationRFactor());
            } else {
                assertNull(record.getMediaStatsMinConversationMos());
            }
        }
    }

    private static void assertWellFormed(String participantId, Object purpose, List<AnalyticsSession> sessions,
                                         boolean complete) {
        assertNotNull(participantId);
        assertNotNull(purpose);
        assertFalse(sessions.isEmpty(), participantId);
        for (AnalyticsSession session : sessions) {
            assertNotNull(session.getSessionId());
            assertNotNull(session.getMediaType());
            assertNotNull(session.getDirection());
            assertFalse(session.getSegments().isEmpty());
            for (AnalyticsConversationSegment segment : session.getSegments()) {
                assertNotNull(segment.getSegmentStart());
                assertNotNull(segment.getSegmentType());
                if (complete) {
                    assertNotNull(segment.getSegmentEnd(), () -> "open segment in a complete record " + participantId);
                    assertFalse(segment.getSegmentEnd().before(segment.getSegmentStart()));
                }
            }
            if (session.getMetrics() != null) {
                session.getMetrics().forEach(m -> {
                    assertNotNull(m.getName());
                    assertNotNull(m.getEmitDate());
                    assertTrue(m.getValue() >= 0, m.getName());
                });
            }
        }
    }
}
