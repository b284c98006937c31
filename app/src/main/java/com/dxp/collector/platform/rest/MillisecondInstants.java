package com.dxp.collector.platform.rest;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes every instant of the API with exactly three fraction digits in UTC ({@code 2026-05-13T00:12:03.000Z}),
 * as Genesys writes its own: JSON-B's default drops trailing zeros, so the same field came out as {@code ...:03Z},
 * {@code ...:03.5Z} or {@code ...:03.551234Z}, which sorts and diffs badly. Finer digits are cut, not rounded, so
 * an instant never moves later than it was.
 */
public class MillisecondInstants implements JsonbSerializer<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The API's text of an instant. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public void serialize(Instant instant, JsonGenerator generator, SerializationContext context) {
        generator.write(format(instant));
    }
}
