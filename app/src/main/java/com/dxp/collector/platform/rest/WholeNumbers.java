package com.dxp.collector.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Reads the whole numbers of request bodies exactly: a value with a fraction, or one its field cannot hold, is
 * refused (400) rather than narrowed. JSON-B's default narrowed {@code 1e309} to 0, {@code 4294967295} to -1 and
 * {@code 2^64+v} to {@code v}, which passed {@code @Min}/{@code @Max} and, once, turned an audit retention of "forever"
 * into "delete everything". Request records take whole numbers as {@code Integer} and {@code Long}: JSON-B applies
 * these readers to those types, not to primitive fields.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** A number of a request body that is not a whole number its field can hold. */
    public static final class NotAWholeNumberException extends JsonbException {

        private final String value;
        private final String type;

        NotAWholeNumberException(String value, String type) {
            super("not a whole number within the range of " + type + ": " + value);
            this.value = value;
            this.type = type;
        }

        public String value() {
            return value;
        }

        public String type() {
            return type;
        }
    }

    /** For {@code int} and {@code Integer} fields. */
    public static final class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = number(parser, "an int");
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw new NotAWholeNumberException(n.toString(), "an int");
            }
        }
    }

    /** For {@code long} and {@code Long} fields. */
    public static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = number(parser, "a long");
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                throw new NotAWholeNumberException(n.toString(), "a long");
            }
        }
    }

    private static BigDecimal number(JsonParser parser, String type) {
        String text;
        try {
            text = parser.getString();
        } catch (IllegalStateException e) {
            throw new NotAWholeNumberException("a value that is not a number", type);
        }
        // an exponent of more than a few digits cannot be a field's value: judged without expanding it
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0 && text.length() - e > 5) {
            throw new NotAWholeNumberException(text.length() > 40 ? text.substring(0, 40) + "\u2026" : text, type);
        }
        try {
            return parser.getBigDecimal();
        } catch (IllegalStateException | NumberFormatException notANumber) {
            // a string, even "12": a number field takes a JSON number
            throw new NotAWholeNumberException(text.length() > 40 ? text.substring(0, 40) + "\u2026" : text, type);
        }
    }
}
