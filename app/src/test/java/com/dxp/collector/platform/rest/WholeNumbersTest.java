package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class WholeNumbersTest {

    /** Request records take whole numbers as {@code Integer} and {@code Long}, as {@link WholeNumbers} reads them. */
    public record Body(Integer days, Long version) {
    }

    @Test
    void shouldReadWholeNumbersTheFieldsHold() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(JsonbConfigurator.config())) {
            Body b = jsonb.fromJson("{\"days\":-3,\"version\":9223372036854775807}", Body.class);

            assertEquals(-3, b.days());
            assertEquals(Long.MAX_VALUE, b.version());
            assertEquals(7, jsonb.fromJson("{\"days\":7.0}", Body.class).days(), "7.0 is the whole number 7");
        }
    }

    /** JSON-B's default narrowed each of these to another number, which then passed @Min and @Max. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"days\":1e309}", "{\"days\":4294967295}", "{\"days\":1.5}",
        "{\"version\":18446744073709551617}", "{\"days\":1e999999999999}", "{\"days\":\"12\"}"})
    void shouldRefuseANumberItsFieldCannotHoldExactly(String body) throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(JsonbConfigurator.config())) {
            JsonbException refused = assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Body.class));

            ProblemDetail problem = Problems.ofFailure(refused, "/api/x", "c");
            assertEquals(400, problem.status());
            assertTrue(problem.detail().contains("is not a whole number within the range of its field"),
                    problem.detail());
        }
    }
}
