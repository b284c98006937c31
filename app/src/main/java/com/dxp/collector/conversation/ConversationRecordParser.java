package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.MediaEndpointStat;
import com.dxp.collector.conversation.ConversationRecord.Metric;
import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.conversation.ConversationRecord.Segment;
import com.dxp.collector.conversation.ConversationRecord.Session;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one analytics conversation detail object (Genesys {@code AnalyticsConversation}) into a
 * {@link ConversationRecord}, with Jakarta JSON-P so it runs the same inside Liberty and in plain tests. Lenient on
 * purpose: unknown fields are ignored (the raw JSON keeps them) and a field of an unexpected type reads as absent;
 * only a missing or malformed {@code conversationId} or unparseable JSON is refused, because without an id there is
 * nothing to store it under.
 */
public final class ConversationRecordParser {

    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

    /**
     * Parses the raw JSON of one conversation.
     *
     * @throws IllegalArgumentException when it is not a JSON object with a UUID {@code conversationId}
     */
    public ConversationRecord parse(String rawJson) {
        JsonObject c;
        try (JsonReader reader = readers.createReader(new StringReader(rawJson))) {
            c = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a conversation JSON object: " + e.getMessage(), e);
        }
        String id = string(c, "conversationId");
        if (id == null) {
            throw new IllegalArgumentException("conversation without conversationId");
        }
        UUID conversationId;
        try {
            conversationId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("conversationId is not a UUID: " + id, e);
        }
        return new ConversationRecord(conversationId, instant(c, "conversationStart"), instant(c, "conversationEnd"),
                string(c, "originatingDirection"), strings(c, "divisionIds"),
                decimal(c, "mediaStatsMinConversationMos"), decimal(c, "mediaStatsMinConversationRFactor"),
                string(c, "externalTag"), objects(c, "participants", ConversationRecordParser::participant));
    }

    private static Participant participant(JsonObject p) {
        return new Participant(string(p, "participantId"), string(p, "participantName"), string(p, "purpose"),
                string(p, "userId"), string(p, "teamId"), string(p, "externalContactId"),
                objects(p, "sessions", ConversationRecordParser::session));
    }

    private static Session session(JsonObject s) {
        JsonObject flow = s.get("flow") instanceof JsonObject f ? f : JsonValue.EMPTY_JSON_OBJECT;
        Boolean recording = s.get("recording") == null ? null : bool(s, "recording");
        return new Session(string(s, "sessionId"), string(s, "mediaType"), string(s, "direction"),
                string(s, "ani"), string(s, "dnis"), string(s, "addressFrom"), string(s, "addressTo"),
                string(s, "messageType"), string(s, "provider"), string(s, "edgeId"), string(flow, "flowName"),
                string(flow, "flowType"), recording,
                objects(s, "segments", ConversationRecordParser::segment),
                objects(s, "metrics", m -> new Metric(string(m, "name"), integer(m, "value"), instant(m, "emitDate"))),
                objects(s, "mediaEndpointStats", ConversationRecordParser::mediaEndpointStat));
    }

    private static Segment segment(JsonObject g) {
        return new Segment(string(g, "segmentType"), instant(g, "segmentStart"), instant(g, "segmentEnd"),
                string(g, "queueId"), string(g, "wrapUpCode"), string(g, "disconnectType"), string(g, "errorCode"),
                g.get("conference") == null ? null : bool(g, "conference"));
    }

    private static MediaEndpointStat mediaEndpointStat(JsonObject m) {
        return MediaEndpointStat.of(strings(m, "codecs"), decimal(m, "minMos"), decimal(m, "minRFactor"),
                integer(m, "maxLatencyMs"), integer(m, "receivedPackets"), integer(m, "invalidPackets"),
                integer(m, "discardedPackets"), integer(m, "duplicatePackets"), integer(m, "overrunPackets"),
                integer(m, "underrunPackets"), instant(m, "eventTime"));
    }

    private static <T> List<T> objects(JsonObject o, String name, Function<JsonObject, T> read) {
        if (!(o.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        List<T> out = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            if (v instanceof JsonObject item) {
                out.add(read.apply(item));
            }
        }
        return out;
    }

    private static List<String> strings(JsonObject o, String name) {
        if (!(o.get(name) instanceof JsonArray array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            if (v instanceof JsonString s) {
                out.add(s.getString());
            }
        }
        return out;
    }

    private static String string(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Double decimal(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static Long integer(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.longValue() : null;
    }

    private static boolean bool(JsonObject o, String name) {
        return o.get(name) == JsonValue.TRUE;
    }

    private static Instant instant(JsonObject o, String name) {
        String text = string(o, name);
        if (text == null) {
            return null;
        }
        try {
            return parseInstant(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@link Instant#parse} with a fast path for the form Genesys sends, {@code 2026-05-13T00:12:03.551Z} (UTC, a
     * four-digit year, no fraction or up to nine digits of it): a record has dozens of timestamps, and
     * {@link Instant#parse} took about a fifth of the time to parse one. Anything else, valid or not, is left to
     * {@link Instant#parse}.
     */
    static Instant parseInstant(String text) {
        int n = text.length();
        if (n < 20 || n == 21 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z'
                || (n > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = n > 20 ? digits(text, 20, n - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > YearMonth.of(year, month)
                .lengthOfMonth() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || fraction < 0) {
            return Instant.parse(text);
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second,
                fraction * (long) Math.pow(10, 9 - (n - 21)));
    }

    /** The decimal number in {@code text} from {@code from} to {@code to}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
