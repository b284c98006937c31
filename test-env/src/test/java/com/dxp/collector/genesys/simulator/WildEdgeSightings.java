package com.dxp.collector.genesys.simulator;

import com.dxp.collector.genesys.simulator.data.WildEdge;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipant;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Which {@link WildEdge}s a conversation record shows, judged from its JSON alone (against the SDK's own model
 * for what is unknown), so tests of wild data do not take the generator's word for it.
 */
public final class WildEdgeSightings {

    private static final ObjectMapper SDK = GenesysSchemaOracle.mapper();
    private static final Set<String> CONVERSATION_FIELDS = known(AnalyticsConversation.class);
    private static final Set<String> PARTICIPANT_FIELDS = known(AnalyticsParticipant.class);
    private static final Set<String> SESSION_FIELDS = known(AnalyticsSession.class);
    private static final Set<String> SEGMENT_FIELDS = known(AnalyticsConversationSegment.class);
    private static final Set<String> DIRECTIONS = values(AnalyticsConversation.OriginatingDirectionEnum.values());
    private static final Set<String> PURPOSES = values(AnalyticsParticipant.PurposeEnum.values());
    private static final Set<String> MEDIA_TYPES = values(AnalyticsSession.MediaTypeEnum.values());
    private static final Set<String> SEGMENT_TYPES = values(AnalyticsConversationSegment.SegmentTypeEnum.values());
    private static final Set<String> DISCONNECT_TYPES =
            values(AnalyticsConversationSegment.DisconnectTypeEnum.values());
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private WildEdgeSightings() {
    }

    public static Set<WildEdge> in(String conversationJson) {
        return in(Json.createReader(new StringReader(conversationJson)).readObject());
    }

    public static Set<WildEdge> in(JsonObject conversation) {
        Set<WildEdge> seen = EnumSet.noneOf(WildEdge.class);
        strings(conversation, text -> {
            if (text.length() >= 1000) {
                seen.add(WildEdge.LONG_STRINGS);
            }
            if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                seen.add(WildEdge.CONTROL_CHARACTERS);
            }
            if (hasUnpairedSurrogate(text)) {
                seen.add(WildEdge.UNPAIRED_SURROGATES);
            }
            if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                seen.add(WildEdge.ASTRAL_CHARACTERS);
            }
        });
        numbers(conversation, number -> {
            if (number.compareTo(LONG_MAX) >= 0) {
                seen.add(WildEdge.HUGE_NUMBERS);
            }
        });
        JsonNumber mos = conversation.getJsonNumber("mediaStatsMinConversationMos");
        if (mos != null && mos.bigDecimalValue().compareTo(BigDecimal.valueOf(5)) > 0) {
            seen.add(WildEdge.HUGE_NUMBERS);
        }
        if (conversation.getJsonArray("divisionIds").size() >= 200) {
            seen.add(WildEdge.MANY_DIVISIONS);
        }
        if (!CONVERSATION_FIELDS.containsAll(conversation.keySet())) {
            seen.add(WildEdge.UNKNOWN_FIELDS);
        }
        if (!DIRECTIONS.contains(conversation.getString("originatingDirection"))) {
            seen.add(WildEdge.UNKNOWN_ENUM_VALUES);
        }
        if (conversation.containsKey("conversationEnd") && Duration.between(
                Instant.parse(conversation.getString("conversationStart")),
                Instant.parse(conversation.getString("conversationEnd"))).compareTo(Duration.ofDays(7)) > 0) {
            seen.add(WildEdge.LONG_LIVED);
        }
        JsonArray participants = conversation.getJsonArray("participants");
        int segments = 0;
        for (JsonObject participant : participants.getValuesAs(JsonObject.class)) {
            segments += participant(participant, seen);
        }
        if (participants.size() >= 100 && segments >= 1000) {
            seen.add(WildEdge.MANY_PARTICIPANTS);
        }
        return seen;
    }

    /** Looks at one participant; returns its number of segments. */
    private static int participant(JsonObject participant, Set<WildEdge> seen) {
        if (!participant.containsKey("purpose") || !participant.containsKey("participantName")) {
            seen.add(WildEdge.MISSING_OPTIONAL_FIELDS);
        }
        if (!PARTICIPANT_FIELDS.containsAll(participant.keySet())) {
            seen.add(WildEdge.UNKNOWN_FIELDS);
        }
        if (participant.containsKey("purpose") && !PURPOSES.contains(participant.getString("purpose"))) {
            seen.add(WildEdge.UNKNOWN_ENUM_VALUES);
        }
        if (participant.getString("participantId").length() > 100
                || participant.getString("userId", "").length() > 100) {
            seen.add(WildEdge.LONG_IDS);
        }
        int segments = 0;
        for (JsonObject session : participant.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
            if (!SESSION_FIELDS.containsAll(session.keySet())) {
                seen.add(WildEdge.UNKNOWN_FIELDS);
            }
            if (!MEDIA_TYPES.contains(session.getString("mediaType"))) {
                seen.add(WildEdge.UNKNOWN_ENUM_VALUES);
            }
            if (session.getString("sessionId").length() > 100) {
                seen.add(WildEdge.LONG_IDS);
            }
            JsonArray stats = session.getJsonArray("mediaEndpointStats");
            if (stats != null && stats.getValuesAs(JsonObject.class).stream().anyMatch(s -> !s.containsKey("minMos"))) {
                seen.add(WildEdge.MISSING_OPTIONAL_FIELDS);
            }
            for (JsonObject segment : session.getJsonArray("segments").getValuesAs(JsonObject.class)) {
                segments++;
                if (!SEGMENT_FIELDS.containsAll(segment.keySet())) {
                    seen.add(WildEdge.UNKNOWN_FIELDS);
                }
                if (!SEGMENT_TYPES.contains(segment.getString("segmentType"))
                        || (segment.containsKey("disconnectType")
                        && !DISCONNECT_TYPES.contains(segment.getString("disconnectType")))) {
                    seen.add(WildEdge.UNKNOWN_ENUM_VALUES);
                }
                if (segment.getString("queueId", "").length() > 100) {
                    seen.add(WildEdge.LONG_IDS);
                }
            }
        }
        return segments;
    }

    private static void strings(JsonValue value, Consumer<String> sink) {
        switch (value.getValueType()) {
            case STRING -> sink.accept(((JsonString) value).getString());
            case OBJECT -> value.asJsonObject().forEach((name, field) -> {
                sink.accept(name);
                strings(field, sink);
            });
            case ARRAY -> value.asJsonArray().forEach(item -> strings(item, sink));
            default -> { }
        }
    }

    private static void numbers(JsonValue value, Consumer<BigDecimal> sink) {
        switch (value.getValueType()) {
            case NUMBER -> sink.accept(((JsonNumber) value).bigDecimalValue());
            case OBJECT -> value.asJsonObject().values().forEach(field -> numbers(field, sink));
            case ARRAY -> value.asJsonArray().forEach(item -> numbers(item, sink));
            default -> { }
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> known(Class<?> type) {
        return SDK.getDeserializationConfig().introspect(SDK.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> values(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Object::toString).collect(Collectors.toUnmodifiableSet());
    }
}
