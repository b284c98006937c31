package com.dxp.collector.genesys.simulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiDateFormat;

/**
 * The contract of the simulator: a payload is faithful when the official Genesys Cloud Java SDK (generated from
 * Genesys's own API definition) reads it into its model class with the SDK's own mapper settings, except that
 * an unknown property fails instead of being ignored, and an enum value the SDK does not know (which it would
 * quietly turn into {@code OUTDATEDSDKVERSION}, written back as {@code "OutdatedSdkVersion"}) fails too.
 */
public final class GenesysSchemaOracle {

    private static final ObjectMapper SDK_MAPPER = ApiClient.buildObjectMapper(new ApiDateFormat())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private GenesysSchemaOracle() {
    }

    /**
     * Reads {@code json} as the SDK's {@code type}.
     *
     * @throws AssertionError naming the payload and the reason when it does not fit the SDK's model
     */
    public static <T> T read(String json, Class<T> type) {
        T value;
        try {
            value = SDK_MAPPER.readValue(json, type);
        } catch (Exception e) {
            throw new AssertionError("not a valid " + type.getSimpleName() + ": " + e.getMessage()
                    + "\npayload: " + abbreviate(json), e);
        }
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

    /** The SDK's mapper, for tests that need to inspect a tree. */
    public static ObjectMapper mapper() {
        return SDK_MAPPER;
    }

    private static String abbreviate(String json) {
        return json.length() <= 2000 ? json : json.substring(0, 2000) + "...";
    }
}
