package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodiesTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\":\"a\"}", " {\"a\":{\"a\":[{\"a\":1},{\"a\":2}]}} \n", "[1,2]", "42",
        "{\"name\":\"Zoë 🎧\"}"})
    void shouldTakeOneJsonValueWithEachKeyOnce(String body) {
        assertDoesNotThrow(() -> StrictJsonBodies.check(body.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\":\"a\"} garbage | not valid JSON",
        "{\"text\":\"a\"}{\"text\":\"b\"} | not valid JSON: Expected EOF",
        "{\"text\":\"a\",\"text\":\"b\"} | repeats the key 'text'",
        "{\"a\":{\"x\":1,\"x\":2}} | repeats the key 'x'"})
    void shouldRefuseWhatJsonBWouldHaveReadHalfway(String body, String why) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> StrictJsonBodies.check(body.getBytes(StandardCharsets.UTF_8)));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void shouldRefuseJsonNestedDeeperThanTheParserGoes() {
        for (String body : new String[] {"[".repeat(2000) + "]".repeat(2000),
            "{\"a\":".repeat(2000) + "1" + "}".repeat(2000)}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> StrictJsonBodies.check(body.getBytes(StandardCharsets.UTF_8)));
            assertEquals(400, e.status());
        }
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"text\":\"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertTrue(assertThrows(ProblemException.class, () -> StrictJsonBodies.check(latin1)).getMessage()
                .contains("not UTF-8"));
    }
}
