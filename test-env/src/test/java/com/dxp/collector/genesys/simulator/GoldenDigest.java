package com.dxp.collector.genesys.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** The SHA-256 of generated text, hex: what the golden tests of tidy orgs compare against a recorded value. */
public final class GoldenDigest {

    /**
     * The fields that link conversations to teams, skills and journey sessions, added after the older digests
     * were taken: without them, a tidy org's conversations are still the bytes of those digests.
     */
    public static final Set<String> LINK_FIELDS = Set.of("teamId", "activeSkillIds", "requestedRoutingSkillIds",
            "journeyCustomerId", "journeyCustomerIdType", "journeyCustomerSessionId", "journeyCustomerSessionIdType");

    private GoldenDigest() {
    }

    public static String of(CharSequence text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code json} without the fields named {@code left out} at any depth, written back in the same key order. */
    public static String withoutFields(String json, Set<String> leftOut) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            out.write(strip(value, leftOut));
        }
        return text.toString();
    }

    private static JsonValue strip(JsonValue value, Set<String> leftOut) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder kept = Json.createObjectBuilder();
            object.forEach((name, field) -> {
                if (!leftOut.contains(name)) {
                    kept.add(name, strip(field, leftOut));
                }
            });
            return kept.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder kept = Json.createArrayBuilder();
            array.forEach(item -> kept.add(strip(item, leftOut)));
            return kept.build();
        }
        return value;
    }
}
