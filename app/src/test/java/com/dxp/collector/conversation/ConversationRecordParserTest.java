package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationRecord.MediaEndpointStat;
import com.dxp.collector.conversation.ConversationRecord.Metric;
import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.conversation.ConversationRecord.Segment;
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
    @ValueSource(strings = {"", " ", "[]", "\"c0ffee00-1111-4222-8333-444455556666\"", "{\"participants\": []}",
        "{\"conversationId\": \"not-a-uuid\"}", "{\"conversationId\": null}", "{\"conversationId\": 1}",
        "{\"conversationId\": [\"c0ffee00-1111-4222-8333-444455556666\"]}",
        "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"conversationId\": \"x\"}", "{",
        "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\"",
        "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"x\": [1 2]}",
        "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"x\": {\"a\" 1}}",
        "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"participants\": [{\"purpose\": tru}]}"})
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

    @Test
    void shouldSkipUnknownFieldsWithNestedArraysAndObjects() {
        ConversationRecord r = parser.parse("{\"unknown\": {\"conversationId\": \"not-a-uuid\","
                + " \"participants\": [{\"purpose\": \"hidden\"}]},"
                + " \"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"evaluations\": [[1, [2]],"
                + " {\"a\": {\"b\": [null, true, false, 1.5e3, \"x\"]}}], \"participants\": [{\"attributes\":"
                + " {\"userId\": \"nested\"}, \"purpose\": \"agent\", \"sessions\": [{\"flow\": {\"flowName\":"
                + " \"IVR\", \"outcomes\": [{\"flowName\": \"inner\"}]}, \"extra\": [], \"segments\": [{\"properties\":"
                + " [{\"segmentType\": \"inner\"}], \"segmentType\": \"talk\"}]}]}], \"externalTag\": \"tag\"}");

        assertEquals("c0ffee00-1111-4222-8333-444455556666", r.conversationId().toString());
        assertEquals("tag", r.externalTag());
        Participant p = r.participants().get(0);
        assertEquals("agent", p.purpose());
        assertNull(p.userId());
        Session s = p.sessions().get(0);
        assertEquals("IVR", s.flowName());
        assertEquals("talk", s.segments().get(0).segmentType());
    }

    @Test
    void shouldReadEveryMisTypedFieldAsAbsent() {
        ConversationRecord r = parser.parse("{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\","
                + " \"conversationEnd\": {\"at\": \"2026-05-13T00:12:03Z\"}, \"originatingDirection\": 1,"
                + " \"divisionIds\": [\"d1\", 2, null, [\"d3\"], \"d4\"], \"mediaStatsMinConversationRFactor\": null,"
                + " \"externalTag\": [\"tag\"], \"participants\": [1, \"p\", null, [], {\"participantId\": true,"
                + " \"sessions\": {\"sessionId\": \"s\"}}, {\"sessions\": [{\"flow\": [\"IVR\"],"
                + " \"metrics\": [{\"name\": \"tTalk\", \"value\": \"12\"}], \"mediaEndpointStats\": [{\"codecs\":"
                + " \"audio/opus\", \"receivedPackets\": \"100\"}]}]}]}");

        assertNull(r.end());
        assertNull(r.originatingDirection());
        assertEquals(List.of("d1", "d4"), r.divisionIds());
        assertNull(r.minRFactor());
        assertNull(r.externalTag());
        assertEquals(2, r.participants().size(), "only objects are participants");
        assertNull(r.participants().get(0).participantId());
        assertEquals(List.of(), r.participants().get(0).sessions());
        Session s = r.participants().get(1).sessions().get(0);
        assertNull(s.flowName());
        assertNull(s.metrics().get(0).value());
        MediaEndpointStat stat = s.mediaEndpointStats().get(0);
        assertEquals(List.of(), stat.codecs());
        assertNull(stat.receivedPackets());
        assertNull(stat.lossRatio());
    }

    @Test
    void shouldReadAnyPresentFlagButTrueAsFalse() {
        ConversationRecord r = parser.parse("{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\","
                + " \"participants\": [{\"sessions\": [{\"recording\": null, \"segments\": [{\"conference\": \"true\"},"
                + " {\"conference\": true}, {}]}, {\"recording\": 1}, {}]}]}");

        List<Session> sessions = r.participants().get(0).sessions();
        assertEquals(Boolean.FALSE, sessions.get(0).recording());
        assertEquals(Boolean.FALSE, sessions.get(1).recording());
        assertNull(sessions.get(2).recording());
        List<Segment> segments = sessions.get(0).segments();
        assertEquals(Boolean.FALSE, segments.get(0).conference());
        assertEquals(Boolean.TRUE, segments.get(1).conference());
        assertNull(segments.get(2).conference());
    }

    @Test
    void shouldReadNumbersOfEitherFormIntoTheFieldsType() {
        ConversationRecord r = parser.parse("{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\","
                + " \"mediaStatsMinConversationMos\": 4, \"mediaStatsMinConversationRFactor\": 9.15e1,"
                + " \"participants\": [{\"sessions\": [{\"metrics\": [{\"value\": 12.9}, {\"value\": 1.5e3},"
                + " {\"value\": 9007199254740993}]}]}]}");

        assertEquals(4.0, r.minMos());
        assertEquals(91.5, r.minRFactor());
        List<Metric> metrics = r.participants().get(0).sessions().get(0).metrics();
        assertEquals(12L, metrics.get(0).value(), "truncated as BigDecimal.longValue does");
        assertEquals(1500L, metrics.get(1).value());
        assertEquals(9007199254740993L, metrics.get(2).value(), "no detour through double");
    }

    @Test
    void shouldReadNumbersNoColumnHoldsAsAbsent() {
        ConversationRecord r = parser.parse("{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\","
                + " \"mediaStatsMinConversationMos\": 1e309, \"mediaStatsMinConversationRFactor\": -1e400,"
                + " \"participants\": [{\"sessions\": [{\"metrics\": [{\"value\": 1e30},"
                + " {\"value\": 9223372036854775808}, {\"value\": 9223372036854775807}, {\"value\": 1e-999999999},"
                + " {\"value\": -9223372036854775808}]}]}]}");

        assertNull(r.minMos(), "Infinity is no number a column or a JSON answer holds");
        assertNull(r.minRFactor());
        List<Metric> metrics = r.participants().get(0).sessions().get(0).metrics();
        assertNull(metrics.get(0).value(), "a long would wrap 1e30 to a wrong value");
        assertNull(metrics.get(1).value());
        assertEquals(Long.MAX_VALUE, metrics.get(2).value());
        assertEquals(0L, metrics.get(3).value(), "judged by its digits, without computing 10^999999999");
        assertEquals(Long.MIN_VALUE, metrics.get(4).value());
    }

    @Test
    void shouldReadTimestampsOfNoRealTimeAsAbsent() {
        ConversationRecord r = parser.parse("{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\","
                + " \"conversationStart\": \"+292278994-08-17T07:12:55.807Z\", \"conversationEnd\":"
                + " \"-0001-01-01T00:00:00Z\"}");

        assertNull(r.start());
        assertNull(r.end());
    }

    @Test
    void shouldReadAsDeepAsTheStoreWritesTheSameRecordWithoutMetricsAndMediaStatistics() {
        ConversationRecordParser stored = new ConversationRecordParser(ConversationRecordParser.Depth.STORED);
        for (String fixture : List.of(ConversationFixtures.INBOUND_VOICE, ConversationFixtures.CONFERENCE,
                ConversationFixtures.TRANSFER)) {
            ConversationRecord whole = parser.parse(ConversationFixtures.load(fixture));

            ConversationRecord read = stored.parse(ConversationFixtures.load(fixture));

            assertEquals(withoutMetricsAndStats(whole), read, fixture);
            assertTrue(whole.participants().stream().flatMap(p -> p.sessions().stream())
                    .anyMatch(s -> !s.metrics().isEmpty()), "the fixture has metrics to leave out: " + fixture);
        }
        String deepInMetrics = "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"participants\":"
                + " [{\"sessions\": [{\"metrics\": " + "[".repeat(1200) + "]".repeat(1200) + "}]}]}";
        assertThrows(IllegalArgumentException.class, () -> stored.parse(deepInMetrics), "refused all the same");
    }

    private static ConversationRecord withoutMetricsAndStats(ConversationRecord r) {
        return new ConversationRecord(r.conversationId(), r.start(), r.end(), r.originatingDirection(),
                r.divisionIds(), r.minMos(), r.minRFactor(), r.externalTag(), r.participants().stream()
                        .map(p -> new Participant(p.participantId(), p.participantName(), p.purpose(), p.userId(),
                                p.teamId(), p.externalContactId(), p.sessions().stream()
                                        .map(s -> new Session(s.sessionId(), s.mediaType(), s.direction(), s.ani(),
                                                s.dnis(), s.addressFrom(), s.addressTo(), s.messageType(),
                                                s.provider(), s.edgeId(), s.journeyCustomerSessionId(), s.flowId(),
                                                s.flowName(), s.flowType(),
                                                s.recording(), s.segments(), List.of(), List.of()))
                                        .toList(), p.attributes()))
                        .toList());
    }

    @Test
    void shouldRefuseARecordNestedDeeperThanTheParserReads() {
        String deep = "{\"conversationId\": \"c0ffee00-1111-4222-8333-444455556666\", \"x\": "
                + "[".repeat(1200) + "]".repeat(1200) + "}";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(deep));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void shouldLetTheLastOfDuplicateKeysWin() {
        ConversationRecord r = parser.parse("{\"externalTag\": \"first\", \"conversationId\":"
                + " \"c0ffee00-1111-4222-8333-444455556666\", \"externalTag\": 7, \"participants\": [{\"purpose\":"
                + " \"agent\"}], \"participants\": [{\"sessions\": [{\"flow\": {\"flowName\": \"first\"},"
                + " \"flow\": {\"flowType\": \"INBOUNDCALL\"}}]}]}");

        assertNull(r.externalTag());
        Participant p = r.participants().get(0);
        assertNull(p.purpose());
        assertNull(p.sessions().get(0).flowName(), "the whole last flow object wins");
        assertEquals("INBOUNDCALL", p.sessions().get(0).flowType());
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
