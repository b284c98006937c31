package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.EscapingJsonWriter;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

/** JSON-P plumbing shared by the endpoints: streaming writes into bytes, strict reads, Genesys timestamps. */
final class Json {

    private static final JsonGeneratorFactory GENERATORS = jakarta.json.Json.createGeneratorFactory(Map.of());
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    /** Writes UTF-8 JSON; control characters and unpaired surrogates in strings come out escaped. */
    static byte[] write(Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = GENERATORS.createGenerator(
                new EscapingJsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)))) {
            body.accept(generator);
        }
        return out.toByteArray();
    }

    /** The request body as a JSON object; anything else is the client's fault (400). */
    static JsonObject readObject(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("A request body is required.");
        }
        try (JsonReader reader = jakarta.json.Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw ApiException.badRequest("Unable to parse the request body as JSON.");
        }
    }

    static JsonValue readValue(byte[] body) {
        try (JsonReader reader = jakarta.json.Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw ApiException.badRequest("Unable to parse the request body as JSON.");
        }
    }

    /** Analytics timestamp format: ISO-8601 UTC with milliseconds. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
