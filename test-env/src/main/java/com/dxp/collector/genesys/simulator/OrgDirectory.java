package com.dxp.collector.genesys.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;

/** Users and groups of one org, generated from its seed; conversations only name users that are here. */
public interface OrgDirectory {

    /** Ids of all users, in the stable order the {@code /api/v2/users} listing pages through. */
    List<String> userIds();

    /** Ids of users who take conversations (agents). */
    List<String> agentIds();

    /** Ids of all groups, in listing order. */
    List<String> groupIds();

    /** Member user ids of a group, in listing order; empty for an unknown group. */
    List<String> memberIds(String groupId);

    /** Queue ids that conversations are routed through. */
    List<String> queueIds();

    /** Wrap-up code ids. */
    List<String> wrapUpCodeIds();

    /** Division ids; the first is the home division. */
    List<String> divisionIds();

    /** Writes a {@code User} object as {@code GET /api/v2/users} returns it. */
    void writeUser(JsonGenerator out, String userId);

    /**
     * Writes a {@code User} object with more fields after its own ({@code expand=skills} adds {@code skills}).
     * This default re-reads the plain object; generated directories write the fields in one go.
     */
    default void writeUser(JsonGenerator out, String userId, Consumer<JsonGenerator> moreFields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator plain = Json.createGenerator(text)) {
            writeUser(plain, userId);
        }
        JsonObject user;
        try (JsonReader reader = Json.createReader(new StringReader(text.toString()))) {
            user = reader.readObject();
        }
        out.writeStartObject();
        user.forEach(out::write);
        moreFields.accept(out);
        out.writeEnd();
    }

    /** Writes a {@code Group} object as {@code GET /api/v2/groups} returns it. */
    void writeGroup(JsonGenerator out, String groupId);

    /** Display name of a user (for token events and participant names). */
    String userName(String userId);
}
