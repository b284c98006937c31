package com.dxp.collector.genesys.simulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiDateFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The contract of the simulator: a payload is faithful when the official Genesys Cloud Java SDK (generated from
 * Genesys's own API definition) reads it into its model class with the SDK's own mapper settings, except that
 * an unknown property fails instead of being ignored, and an enum value the SDK does not know (which it would
 * quietly turn into {@code OUTDATEDSDKVERSION}, written back as {@code "OutdatedSdkVersion"}) fails too.
 *
 * <p>A wild org's payloads carry unknown properties, unknown enum values and numbers beyond the SDK's
 * {@code Integer} and {@code Long} fields on purpose. {@link #readLenient} reads them as a tolerant client
 * would: the SDK mapper as shipped (unknown properties ignored, unknown enum values mapped to
 * {@code OUTDATEDSDKVERSION}), and integers out of range read as the type's limit. Everything else (structure,
 * types, timestamps) must still fit. {@link #readFor} picks the mode an org calls for.
 */
public final class GenesysSchemaOracle {

    private static final ObjectMapper SDK_MAPPER = ApiClient.buildObjectMapper(new ApiDateFormat())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final ObjectMapper LENIENT_MAPPER = ApiClient.buildObjectMapper(new ApiDateFormat())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule("saturating-integers")
                    .addDeserializer(Long.class, new Saturating<>(Long.class, BigDecimal::longValue, Long.MIN_VALUE,
                            Long.MAX_VALUE))
                    .addDeserializer(Integer.class, new Saturating<>(Integer.class, BigDecimal::intValue,
                            Integer.MIN_VALUE, Integer.MAX_VALUE)));

    private GenesysSchemaOracle() {
    }

    /**
     * Reads {@code json} as the SDK's {@code type}, strictly.
     *
     * @throws AssertionError naming the payload and the reason when it does not fit the SDK's model
     */
    public static <T> T read(String json, Class<T> type) {
        T value = readWith(SDK_MAPPER, json, type);
        String back;
        try {
            back = SDK_MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError("the SDK cannot write back its own " + type.getSimpleName(), e);
        }
        if (back.contains("\"OutdatedSdkVersion\"")) {
            throw new AssertionError("an enum value unknown to the SDK in " + type.getSimpleName() + ": "
                    + abbreviate(back));
        }
        return value;
    }

    /**
     * Reads {@code json} as the SDK's {@code type}, allowing unknown properties, unknown enum values and
     * integers beyond the model's fields (see the class comment).
     *
     * @throws AssertionError naming the payload and the reason when it does not fit the SDK's model even so
     */
    public static <T> T readLenient(String json, Class<T> type) {
        return readWith(LENIENT_MAPPER, json, type);
    }

    /** Reads strictly for a tidy org, leniently for a wild one. */
    public static <T> T readFor(OrgSpec org, String json, Class<T> type) {
        return org.wildData() ? readLenient(json, type) : read(json, type);
    }

    /** The SDK's mapper, for tests that need to inspect a tree. */
    public static ObjectMapper mapper() {
        return SDK_MAPPER;
    }

    private static <T> T readWith(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError("not a valid " + type.getSimpleName() + ": " + e.getMessage()
                    + "\npayload: " + abbreviate(json), e);
        }
    }

    private static String abbreviate(String json) {
        return json.length() <= 2000 ? json : json.substring(0, 2000) + "...";
    }

    /** Reads a JSON number into an integer type, holding values beyond its range at its limits. */
    private static final class Saturating<T extends Number> extends StdDeserializer<T> {

        private final transient Function<BigDecimal, T> convert;
        private final BigDecimal min;
        private final BigDecimal max;

        Saturating(Class<T> type, Function<BigDecimal, T> convert, long min, long max) {
            super(type);
            this.convert = convert;
            this.min = BigDecimal.valueOf(min);
            this.max = BigDecimal.valueOf(max);
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value;
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                value = parser.getDecimalValue();
            } else if (parser.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    value = new BigDecimal(parser.getText().trim());
                } catch (NumberFormatException e) {
                    @SuppressWarnings("unchecked")
                    T weird = (T) context.handleWeirdStringValue(handledType(), parser.getText(), "not a number");
                    return weird;
                }
            } else {
                @SuppressWarnings("unchecked")
                T other = (T) context.handleUnexpectedToken(handledType(), parser);
                return other;
            }
            return convert.apply(value.max(min).min(max));
        }
    }
}
