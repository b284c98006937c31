package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the fields of JSON objects one at a time from a streaming {@link JsonParser}, for
 * {@link ConversationRecordParser}: no tree of the whole record is built, only the values asked for become Java
 * objects. Each typed read consumes the field's whole value and answers null (or an empty list) when the value is of
 * another type, so a field of an unexpected type reads as absent. Values nobody asks for are still read event by
 * event, so malformed JSON anywhere in the record fails as it would when reading a tree.
 */
final class JsonFieldReader {

    private final JsonParser parser;

    JsonFieldReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Enters the next value if it is an object (true), or skips it (false). */
    boolean object() {
        Event e = parser.next();
        if (e == Event.START_OBJECT) {
            return true;
        }
        skip(e);
        return false;
    }

    /** The name of the current object's next field, or null at its end. */
    String nextField() {
        return parser.next() == Event.KEY_NAME ? parser.getString() : null;
    }

    /** Skips the value of the current field. */
    void skipValue() {
        skip(parser.next());
    }

    String string() {
        Event e = parser.next();
        if (e == Event.VALUE_STRING) {
            return parser.getString();
        }
        skip(e);
        return null;
    }

    /**
     * A number as a double, exactly as {@code JsonNumber.doubleValue} gives it; absent when no double holds it
     * ({@code 1e309} would be Infinity, which neither a column nor a JSON answer can carry).
     */
    Double decimal() {
        Event e = parser.next();
        if (e == Event.VALUE_NUMBER) {
            double value = parser.getBigDecimal().doubleValue();
            return Double.isFinite(value) ? value : null;
        }
        skip(e);
        return null;
    }

    /** A number as a long, with a fraction truncated; absent when no long holds it ({@link Jdbc#storableLong}). */
    Long integer() {
        Event e = parser.next();
        if (e == Event.VALUE_NUMBER) {
            return Jdbc.storableLong(parser.getBigDecimal());
        }
        skip(e);
        return null;
    }

    /** True when the value is JSON {@code true}, false for any other value. */
    boolean flag() {
        Event e = parser.next();
        skip(e);
        return e == Event.VALUE_TRUE;
    }

    /** The objects of an array, each read by {@code read} from its first field on; other items are skipped. */
    <T> List<T> objects(Function<JsonFieldReader, T> read) {
        Event e = parser.next();
        if (e != Event.START_ARRAY) {
            skip(e);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
            if (e == Event.START_OBJECT) {
                out.add(read.apply(this));
            } else {
                skip(e);
            }
        }
        return out;
    }

    /** The strings of an array; other items are skipped. */
    List<String> strings() {
        Event e = parser.next();
        if (e != Event.START_ARRAY) {
            skip(e);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
            if (e == Event.VALUE_STRING) {
                out.add(parser.getString());
            } else {
                skip(e);
            }
        }
        return out;
    }

    /**
     * The fields of an object whose values are texts (participant attributes): a string as it is, a number or a
     * boolean as its JSON text, {@code null} as null; an object or array value is passed over. Null when the value
     * is not an object. A key given twice keeps its last value, as a JSON object reader would.
     */
    Map<String, String> texts() {
        Event e = parser.next();
        if (e != Event.START_OBJECT) {
            skip(e);
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (e = parser.next(); e == Event.KEY_NAME; e = parser.next()) {
            String key = parser.getString();
            Event value = parser.next();
            switch (value) {
                case VALUE_STRING, VALUE_NUMBER -> out.put(key, parser.getString());
                case VALUE_TRUE -> out.put(key, "true");
                case VALUE_FALSE -> out.put(key, "false");
                case VALUE_NULL -> out.put(key, null);
                default -> skip(value);
            }
        }
        return out;
    }

    /** Skips the rest of the value that begins with {@code first}: nothing more for a scalar. */
    private void skip(Event first) {
        if (first != Event.START_OBJECT && first != Event.START_ARRAY) {
            return;
        }
        for (int depth = 1; depth > 0; ) {
            Event e = parser.next();
            if (e == Event.START_OBJECT || e == Event.START_ARRAY) {
                depth++;
            } else if (e == Event.END_OBJECT || e == Event.END_ARRAY) {
                depth--;
            }
        }
    }
}
