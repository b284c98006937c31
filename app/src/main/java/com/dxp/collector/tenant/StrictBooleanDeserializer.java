package com.dxp.collector.tenant;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a JSON {@code true} or {@code false} and nothing else. JSON-B (Yasson) would otherwise read any string as
 * a boolean ({@code "yes"} becomes false), so a typo in {@code enabled} would silently disable a tenant; here it is
 * a 400.
 */
public class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value;
        try {
            value = parser.getValue();
        } catch (IllegalStateException e) {
            throw new JsonbException("expected true or false");
        }
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> throw new JsonbException("expected true or false");
        };
    }
}
