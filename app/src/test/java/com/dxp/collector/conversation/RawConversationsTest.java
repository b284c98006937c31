package com.dxp.collector.conversation;

import static com.dxp.collector.conversation.ConversationFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawConversationsTest {

    @Test
    void shouldCutADetailsPageIntoEachConversationsExactText() {
        String a = "{\"conversationId\":\"a\",\"note\":\"braces } ] and \\\"quotes\\\" in a string\"}";
        String b = "{ \"conversationId\" : \"b\", \"participants\" : [ { \"x\" : [1, 2.50, {\"y\": null}] } ] }";
        String page = "{\"totalHits\": 2, \"conversations\": [\n  " + a + ",\n  " + b + "\n], \"cursor\": \"c\"}";

        assertEquals(List.of(a, b), RawConversations.split(page));
    }

    @Test
    void shouldCutAPageOfBytesIntoEachRecordDecodedWholeWithMultiByteCharactersAndEscapedQuotes() {
        String a = "{\"conversationId\":\"a\",\"name\":\"Zoë \\\"🎧\\\" 東京 ]}\\\\\"}";
        String b = "{\"conversationId\":\"b\",\"n\":[{\"x\":\"\\u0000\"}]}";
        byte[] page = ("{\"conversations\":[" + a + ",\n " + b + "],\"cursor\":\"née\"}")
                .getBytes(StandardCharsets.UTF_8);

        RawConversations.Page read = RawConversations.page(page);

        assertEquals(List.of(a, b), read.conversations());
        assertEquals("née", read.fields().get("cursor"));
    }

    @Test
    void shouldKeepThePagesScalarFieldsFromTheSamePass() {
        String a = "{\"conversationId\":\"a\",\"cursor\":\"not the page's\",\"note\":\"ends with a backslash \\\\\"}";
        String page = "{\"totalHits\": 12345, \"conversations\": [" + a + "], \"cursor\": \"c\\/2\\u0041\","
                + " \"dataAvailabilityDate\": \"2026-11-20T00:00:00Z\", \"nested\": {\"cursor\": \"x\"},"
                + " \"flag\": true, \"nothing\": null, \"offset\": -1.5e3}";

        RawConversations.Page read = RawConversations.page(page);

        assertEquals(List.of(a), read.conversations());
        assertEquals(Map.of("totalHits", "12345", "cursor", "c/2A", "dataAvailabilityDate", "2026-11-20T00:00:00Z",
                "offset", "-1.5e3"), read.fields());
    }

    @Test
    void shouldCutAPlainArrayAndIgnoreOtherTopLevelArrays() {
        String a = "{\"conversationId\":\"a\"}";

        assertEquals(List.of(a, a), RawConversations.split("[" + a + "," + a + "]"));
        assertEquals(List.of(a), RawConversations.split("{\"other\":[{\"conversationId\":\"x\"}],"
                + "\"conversations\":[" + a + "]}"));
    }

    @Test
    void shouldFindNoConversationsInAnEmptyPage() {
        assertEquals(List.of(), RawConversations.split("{\"totalHits\": 0}"));
        assertEquals(List.of(), RawConversations.split(" [ ] "));
    }

    @Test
    void shouldKeepTheFixturePageConversationsByteForByte() {
        String page = load("sample-d-page.json");
        List<String> parts = RawConversations.split(page);

        assertEquals(List.of("c0ffee00-1111-4222-8333-444455556666", "de4db33f-2222-4333-8444-555566667777"),
                parts.stream().map(p -> new ConversationRecordParser().parse(p).conversationId().toString()).toList());
        assertTrue(page.contains(parts.get(0) + ",") && page.contains(parts.get(1)), "cut from the page unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"text\"", "{\"conversations\": [1, 2]}", "{\"conversations\": [{\"a\": 1}",
        "[{\"a\": \"unterminated}]", "{} trailing", "{\"conversations\" [] }"})
    void shouldRefuseWhatIsNotAConversationsDocument(String body) {
        assertThrows(IllegalArgumentException.class, () -> RawConversations.split(body));
    }
}
