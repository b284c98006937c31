package com.dxp.collector.genesys.simulator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.WildEdgeSightings;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ready-made wild records: every edge, each record wild, valid, escaped, tolerable and always the same. */
class WildCorpusTest {

    private final List<String> corpus = WildCorpus.conversations();

    @Test
    void shouldHoldTwoRecordsPerEdgeAndOneWithEveryEdge() {
        assertEquals(2 * WildEdge.values().length + 1, corpus.size());
        assertTrue(corpus.size() >= 20 && corpus.size() <= 40);
        assertEquals(corpus.get(corpus.size() - 1), WildCorpus.allEdgesTogether());
    }

    @Test
    void shouldShowEachEdgeInTheRecordsMadeForIt() {
        for (WildEdge edge : WildEdge.values()) {
            List<String> records = WildCorpus.exercising(edge);

            assertEquals(2, records.size(), edge::name);
            records.forEach(r -> assertTrue(WildEdgeSightings.in(r).contains(edge), edge + " in " + r.substring(0,
                    Math.min(200, r.length()))));
        }
        assertEquals(WildCorpus.exercising(WildEdge.LONG_STRINGS), WildCorpus.longNames());
    }

    @Test
    void shouldShowEveryEdgeInTheRecordWithAllOfThem() {
        assertEquals(EnumSet.allOf(WildEdge.class), WildEdgeSightings.in(WildCorpus.allEdgesTogether()));
    }

    @Test
    void shouldMakeEveryRecordWildWithAConversationIdOfItsOwn() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            JsonObject record = Json.createReader(new StringReader(corpus.get(i))).readObject();
            String id = record.getString("conversationId");

            assertFalse(WildEdgeSightings.in(record).isEmpty());
            assertEquals(id, UUID.fromString(id).toString());
            assertEquals(WildCorpus.conversationIds().get(i), id);
            assertTrue(ids.add(id), "one record per conversation: " + id);
            assertTrue(record.containsKey("conversationEnd"), "complete records");
        }
    }

    @Test
    void shouldBeTheSameOnEveryCall() {
        assertEquals(corpus, WildCorpus.conversations());
        assertEquals(corpus.stream().mapToInt(String::length).sum(),
                WildCorpus.conversations().stream().mapToInt(String::length).sum());
    }

    @Test
    void shouldWriteControlCharactersAndLoneSurrogatesAsEscapes() {
        String text = String.join("\n", corpus);

        assertTrue(text.contains("\\u0000") && text.contains("\\u007f") && text.contains("\\ud800"));
        assertTrue(text.chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f));
        assertTrue(text.contains("\ud83d\ude00"), "emoji stay characters: a valid pair needs no escape");
    }

    @Test
    void shouldBeReadByTheLenientOracle() {
        for (String record : corpus) {
            AnalyticsConversation read = GenesysSchemaOracle.readLenient(record, AnalyticsConversation.class);

            assertFalse(read.getParticipants().isEmpty());
        }
    }
}
