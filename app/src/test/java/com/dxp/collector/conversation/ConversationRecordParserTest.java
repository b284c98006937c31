package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationRecord.MediaEndpointStat;
import com.dxp.collector.conversation.ConversationRecord.Session;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationRecordParserTest {

    private final ConversationRecordParser parser = new ConversationRecordParser();

    @Test
    void shouldReadSampleDsVoiceCallWithItsVoiceQuality() {
        ConversationRecord r = parser.parse(ConversationFixtures.load(ConversationFixtures.INBOUND_VOICE));

        assertEquals("c0ffee00-1111-4222-8333-444455556666", r.conversationId().toString());
        assertEquals(Instant.parse("2026-05-13T00:12:03.551Z"), r.start());
        assertEquals(Instant.parse("2026-05-13T00:15:40.120Z"), r.end());
        assertEquals(4.38, r.minMos());
        assertEquals(91.2, r.minRFactor());
        assertEquals(List.of("voice"), r.mediaTypes());
        assertEquals(Instant.parse("2026-05-13T00:16:01.120Z"), r.lastSegmentEnd(), "the agent's wrap-up");
        assertTrue(r.complete());
        Session agent = r.participants().get(1).sessions().get(0);
        assertEquals("5e400000-aaaa-4bbb-8ccc-dddddddddddd", r.participants().get(1).userId());
        assertEquals("a7a7a7a7-0000-4000-8000-00000000beef", agent.segments().get(2).wrapUpCode());
        assertEquals(171300L, agent.metrics().get(1).value());
        MediaEndpointStat stat = r.participants().get(0).sessions().get(0).mediaEndpointStats().get(0);
        assertEquals(List.of("audio/opus"), stat.codecs());
        assertEquals(0.0, stat.lossRatio(), "no loss counters reported: nothing lost");
    }

    @Test
    void shouldRankTheLiveRecordBelowTheEndedOne() {
        ConversationRecord live = parser.parse(ConversationFixtures.load(ConversationFixtures.INBOUND_VOICE_LIVE));
        ConversationRecord ended = parser.parse(ConversationFixtures.load(ConversationFixtures.INBOUND_VOICE));
        Instant later = Instant.parse("2026-05-14T00:00:00Z");

        assertNull(live.end());
        assertFalse(live.complete());
        assertTrue(ended.completeness(Instant.EPOCH).supersedes(live.completeness(later)));
        assertFalse(live.completeness(later).supersedes(ended.completeness(Instant.EPOCH)));
        assertFalse(ended.completeness(later).supersedes(ended.completeness(later)), "equal is not newer");
    }

    @Test
    void shouldReadFlowAndTransferDetails() {
        ConversationRecord r = parser.parse(ConversationFixtures.load(ConversationFixtures.TRANSFER));

        Session ivr = r.participants().get(1).sessions().get(0);
        assertEquals("Main IVR", ivr.flowName());
        assertEquals("INBOUNDCALL", ivr.flowType());
        assertEquals(Boolean.TRUE, r.participants().get(0).sessions().get(0).recording());
        assertEquals("crm-4711", r.externalTag());
        assertEquals(4, r.participants().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"participants\": []}", "{\"conversationId\": \"not-a-uuid\"}", "{"})
    void shouldRefuseWhatIsNotAConversation(String raw) {
        assertThrows(IllegalArgumentException.class, () -> parser.parse(raw));
    }

    @Test
    void shouldReadFieldsOfUnexpectedTypesAsAbsent() {
        ConversationRecord r = parser.parse("{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\","
                + " \"conversationStart\": \"yesterday\", \"mediaStatsMinConversationMos\": \"4.1\","
                + " \"participants\": [{\"sessions\": [{\"segments\": [{\"segmentEnd\": 5}]}]}]}");

        assertNull(r.start());
        assertNull(r.minMos());
        assertNull(r.participants().get(0).sessions().get(0).segments().get(0).end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-13T00:12:03.551Z", "2026-05-13T00:12:03Z", "2026-05-13T00:12:03.5Z",
        "2024-02-29T23:59:59.123456789Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999999Z",
        "2026-05-13T00:12:03.551+02:00", "+12026-05-13T00:12:03Z", "2026-05-13T24:00:00Z",
        "2026-05-13T00:12:03.Z"})
    void shouldReadTimestampsAsInstantParseDoes(String text) {
        assertEquals(Instant.parse(text), ConversationRecordParser.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-05-13T00:12:0xZ", "2026-05-13 00:12:03Z", "2026-05-13T00:12:03.1234567890Z"})
    void shouldRefuseMalformedTimestampsAsInstantParseDoes(String text) {
        assertThrows(java.time.format.DateTimeParseException.class, () -> ConversationRecordParser.parseInstant(text));
    }
}
