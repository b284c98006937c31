package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class MillisecondInstantsTest {

    public record Row(Instant at, List<Instant> seen, Map<String, Instant> by) {
    }

    @Test
    void shouldWriteEveryInstantOfTheApiWithThreeFractionDigitsInUtc() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(JsonbConfigurator.config())) {
            String json = jsonb.toJson(new Row(Instant.parse("2026-05-13T00:12:03Z"),
                    List.of(Instant.parse("2026-05-13T00:12:03.5Z"), Instant.parse("2026-05-13T00:12:03.551999Z")),
                    Map.of("first", Instant.parse("0001-01-01T00:00:00Z"))));

            assertEquals("{\"at\":\"2026-05-13T00:12:03.000Z\",\"by\":{\"first\":\"0001-01-01T00:00:00.000Z\"},"
                    + "\"seen\":[\"2026-05-13T00:12:03.500Z\",\"2026-05-13T00:12:03.551Z\"]}", json,
                    "cut, never rounded up");
        }
    }

    @Test
    void shouldStillReadInstantsOfAnyPrecision() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create(JsonbConfigurator.config())) {
            assertEquals(Instant.parse("2026-05-13T00:12:03.551999Z"),
                    jsonb.fromJson("{\"at\":\"2026-05-13T00:12:03.551999Z\"}", Row.class).at());
        }
    }
}
