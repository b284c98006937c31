package com.dxp.collector.platform.rest;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads texts and flags of request bodies as they are written, without JSON-B's conversions: a {@code String} field
 * takes a JSON string (not {@code 42} or {@code true}, which JSON-B turned into {@code "42"}), a {@code Boolean} field
 * {@code true} or {@code false} (JSON-B read {@code "yes"}, {@code 1} and {@code 0} as flags, so a backfill asked with
 * {@code "dryRun": "yes"} would have started for real). A wrong type is a 400 naming the field.
 */
public final class StrictValues {

    private StrictValues() {
    }

    /** A value of a request body whose JSON type is not its field's. */
    public static final class WrongTypeException extends JsonbException {

        private final String expected;

        WrongTypeException(String expected) {
            super("expected " + expected);
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    /** For {@code String} fields: a JSON string, or null. */
    public static final class Texts implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser, "a string");
            return switch (value.getValueType()) {
                case STRING -> ((jakarta.json.JsonString) value).getString();
                case NULL -> null;
                default -> throw new WrongTypeException("a string");
            };
        }
    }

    /** For {@code Boolean} fields: {@code true}, {@code false}, or null. */
    public static final class Flags implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = value(parser, "true or false");
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new WrongTypeException("true or false");
            };
        }
    }

    private static JsonValue value(JsonParser parser, String expected) {
        try {
            return parser.getValue();
        } catch (IllegalStateException e) {
            throw new WrongTypeException(expected);
        }
    }
}
