package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictValuesTest {

    /** A request record with texts and a flag, as the API's request records have them. */
    public record Body(String name, Boolean dryRun, List<String> tags) {
    }

    @Test
    void shouldReadStringsAndTrueOrFalseAsWritten() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(JsonbConfigurator.config())) {
            Body b = jsonb.fromJson("{\"name\":\"Zoë 🎧\",\"dryRun\":true,\"tags\":[\"a\",null]}", Body.class);

            assertEquals("Zoë 🎧", b.name());
            assertEquals(Boolean.TRUE, b.dryRun());
            assertEquals(java.util.Arrays.asList("a", null), b.tags());
            assertNull(jsonb.fromJson("{\"name\":null,\"dryRun\":null}", Body.class).dryRun());
        }
    }

    /** JSON-B turned 42 into "42" and read "yes", 1 and 0 as flags: a dry run asked as "yes" would have run. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":42}", "{\"name\":true}", "{\"name\":{}}", "{\"dryRun\":\"yes\"}",
        "{\"dryRun\":\"true\"}", "{\"dryRun\":1}", "{\"dryRun\":0}", "{\"tags\":[1]}"})
    void shouldRefuseAValueOfAnotherTypeNamingWhatWasExpected(String body) throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(JsonbConfigurator.config())) {
            JsonbException refused = assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Body.class));

            ProblemDetail problem = Problems.ofFailure(refused, "/api/x", "c");
            assertEquals(400, problem.status());
            assertEquals(true, problem.detail().contains("is not a string") || problem.detail()
                    .contains("is not true or false"), problem.detail());
        }
    }
}
