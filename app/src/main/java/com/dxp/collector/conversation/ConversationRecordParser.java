package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.MediaEndpointStat;
import com.dxp.collector.conversation.ConversationRecord.Metric;
import com.dxp.collector.conversation.ConversationRecord.Participant;
import com.dxp.collector.conversation.ConversationRecord.Segment;
import com.dxp.collector.conversation.ConversationRecord.Session;
import com.dxp.collector.platform.jdbc.Jdbc;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads one analytics conversation detail object (Genesys {@code AnalyticsConversation}) into a
 * {@link ConversationRecord}, with Jakarta JSON-P so it runs the same inside Liberty and in plain tests. Lenient on
 * purpose: unknown fields are ignored (the raw JSON keeps them) and a field of an unexpected type reads as absent;
 * only a missing or malformed {@code conversationId} or unparseable JSON is refused, because without an id there is
 * nothing to store it under. Of a field given twice, the last one counts, as in a {@code JsonObject}.
 *
 * <p>Streams the JSON ({@link JsonFieldReader}) instead of reading it into a {@code JsonObject}: the tree of a record
 * (a map per object, a value object per field) was about half the client's time to store a conversation, and only
 * the modelled fields are needed. A record is still read to its end, so it is refused whenever a tree reader would
 * refuse it.
 */
public final class ConversationRecordParser {

    /**
     * How much of a session a parse reads: everything, as the read API shows it, or what the store writes as rows
     * (V18): no metrics or media endpoint statistics, which are a third of a record's values and only shown by the
     * read API, from the raw JSON. Skipped values are still read through, so the same records are refused.
     */
    public enum Depth {
        WHOLE, STORED
    }

    private final JsonParserFactory parsers = Json.createParserFactory(Map.of());
    private final Depth depth;

    /** A parser of whole records. */
    public ConversationRecordParser() {
        this(Depth.WHOLE);
    }

    public ConversationRecordParser(Depth depth) {
        this.depth = depth;
    }

    /**
     * Parses the raw JSON of one conversation.
     *
     * @throws IllegalArgumentException when it is not a JSON object with a UUID {@code conversationId}
     */
    public ConversationRecord parse(String rawJson) {
        try (JsonParser parser = parsers.createParser(new StringReader(rawJson))) {
            JsonFieldReader in = new JsonFieldReader(parser);
            if (!in.object()) {
                throw new IllegalArgumentException("not a conversation JSON object");
            }
            return conversation(in);
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * Only the id and start of a record, read from its first fields (Genesys writes them before the participants,
     * so the rest is not read): what a backfill needs to place a record in its window before the store parses it.
     * Either is null when the record does not have it as the right type.
     *
     * @throws IllegalArgumentException when the record is not a JSON object
     */
    public ConversationKeys keys(String rawJson) {
        try (JsonParser parser = parsers.createParser(new StringReader(rawJson))) {
            JsonFieldReader in = new JsonFieldReader(parser);
            if (!in.object()) {
                throw new IllegalArgumentException("not a conversation JSON object");
            }
            String id = null;
            Instant start = null;
            for (String field = in.nextField(); field != null && (id == null || start == null);
                    field = in.nextField()) {
                switch (field) {
                    case "conversationId" -> id = in.string();
                    case "conversationStart" -> start = instant(in);
                    default -> in.skipValue();
                }
            }
            return new ConversationKeys(id, start);
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * The id and end of a record, read from its first fields as {@link #keys} reads id and start: what the
     * event-stream check needs of each conversation the analytics API says ended. Null when the record names no
     * conversation UUID or no end, or cannot be read that far.
     */
    public EndedConversation ended(String rawJson) {
        try (JsonParser parser = parsers.createParser(new StringReader(rawJson))) {
            JsonFieldReader in = new JsonFieldReader(parser);
            if (!in.object()) {
                return null;
            }
            String id = null;
            Instant end = null;
            for (String field = in.nextField(); field != null && (id == null || end == null);
                    field = in.nextField()) {
                switch (field) {
                    case "conversationId" -> id = in.string();
                    case "conversationEnd" -> end = instant(in);
                    default -> in.skipValue();
                }
            }
            UUID conversationId = id == null ? null : conversationId(id);
            return conversationId == null || end == null ? null : new EndedConversation(conversationId, end);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The {@code conversationId} a record names, read up to that field only, so a record that cannot be read as a
     * whole (malformed or too deeply nested further on) still says which conversation it is; null when it names none
     * before it breaks.
     */
    public String idOf(String rawJson) {
        try (JsonParser parser = parsers.createParser(new StringReader(rawJson))) {
            JsonFieldReader in = new JsonFieldReader(parser);
            if (!in.object()) {
                return null;
            }
            for (String field = in.nextField(); field != null; field = in.nextField()) {
                if (field.equals("conversationId")) {
                    return in.string();
                }
                in.skipValue();
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Why a record cannot be read. Besides {@code JsonException}, Parsson signals its limits (a value nested more
     * than 1,000 deep) with a plain {@code RuntimeException}, so every runtime failure of reading means the same:
     * this record is unreadable, the others of its batch are not.
     */
    private static IllegalArgumentException unreadable(RuntimeException e) {
        if (e instanceof IllegalArgumentException refused) {
            return refused;
        }
        return new IllegalArgumentException("not a conversation JSON object: " + e.getMessage(), e);
    }

    private ConversationRecord conversation(JsonFieldReader in) {
        String id = null;
        Instant start = null;
        Instant end = null;
        String originatingDirection = null;
        List<String> divisionIds = List.of();
        Double minMos = null;
        Double minRFactor = null;
        String externalTag = null;
        List<Participant> participants = List.of();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "conversationId" -> id = in.string();
                case "conversationStart" -> start = instant(in);
                case "conversationEnd" -> end = instant(in);
                case "originatingDirection" -> originatingDirection = in.string();
                case "divisionIds" -> divisionIds = in.strings();
                case "mediaStatsMinConversationMos" -> minMos = in.decimal();
                case "mediaStatsMinConversationRFactor" -> minRFactor = in.decimal();
                case "externalTag" -> externalTag = in.string();
                case "participants" -> participants = in.objects(this::participant);
                default -> in.skipValue();
            }
        }
        return new ConversationRecord(conversationId(id), start, end, originatingDirection, divisionIds, minMos,
                minRFactor, externalTag, participants);
    }

    /** The id, read after the whole record since it may come last. */
    private static UUID conversationId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("conversation without conversationId");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("conversationId is not a UUID: " + id, e);
        }
    }

    private Participant participant(JsonFieldReader in) {
        String participantId = null;
        String participantName = null;
        String purpose = null;
        String userId = null;
        String teamId = null;
        String externalContactId = null;
        List<Session> sessions = List.of();
        Map<String, String> attributes = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "participantId" -> participantId = in.string();
                case "participantName" -> participantName = in.string();
                case "purpose" -> purpose = in.string();
                case "userId" -> userId = in.string();
                case "teamId" -> teamId = in.string();
                case "externalContactId" -> externalContactId = in.string();
                case "sessions" -> sessions = in.objects(this::session);
                case "attributes" -> attributes = in.texts();
                default -> in.skipValue();
            }
        }
        return new Participant(participantId, participantName, purpose, userId, teamId, externalContactId, sessions,
                attributes);
    }

    private Session session(JsonFieldReader in) {
        String sessionId = null;
        String mediaType = null;
        String direction = null;
        String ani = null;
        String dnis = null;
        String addressFrom = null;
        String addressTo = null;
        String messageType = null;
        String provider = null;
        String edgeId = null;
        String journeySessionId = null;
        Flow flow = Flow.NONE;
        Boolean recording = null;
        List<Segment> segments = List.of();
        List<Metric> metrics = List.of();
        List<MediaEndpointStat> stats = List.of();
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "sessionId" -> sessionId = in.string();
                case "mediaType" -> mediaType = in.string();
                case "direction" -> direction = in.string();
                case "ani" -> ani = in.string();
                case "dnis" -> dnis = in.string();
                case "addressFrom" -> addressFrom = in.string();
                case "addressTo" -> addressTo = in.string();
                case "messageType" -> messageType = in.string();
                case "provider" -> provider = in.string();
                case "edgeId" -> edgeId = in.string();
                case "journeyCustomerSessionId" -> journeySessionId = in.string();
                case "flow" -> flow = flow(in);
                case "recording" -> recording = in.flag();
                case "segments" -> segments = in.objects(ConversationRecordParser::segment);
                case "metrics" -> {
                    if (depth == Depth.WHOLE) {
                        metrics = in.objects(ConversationRecordParser::metric);
                    } else {
                        in.skipValue();
                    }
                }
                case "mediaEndpointStats" -> {
                    if (depth == Depth.WHOLE) {
                        stats = in.objects(ConversationRecordParser::mediaEndpointStat);
                    } else {
                        in.skipValue();
                    }
                }
                default -> in.skipValue();
            }
        }
        return new Session(sessionId, mediaType, direction, ani, dnis, addressFrom, addressTo, messageType, provider,
                edgeId, journeySessionId, flow.id(), flow.name(), flow.type(), recording, segments, metrics, stats);
    }

    /** A session's flow: its id, name and type. */
    private record Flow(String id, String name, String type) {

        static final Flow NONE = new Flow(null, null, null);
    }

    /** The flow's id, name and type; none when {@code flow} is not an object. */
    private static Flow flow(JsonFieldReader in) {
        if (!in.object()) {
            return Flow.NONE;
        }
        String id = null;
        String name = null;
        String type = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "flowId" -> id = in.string();
                case "flowName" -> name = in.string();
                case "flowType" -> type = in.string();
                default -> in.skipValue();
            }
        }
        return new Flow(id, name, type);
    }

    private static Segment segment(JsonFieldReader in) {
        String segmentType = null;
        Instant start = null;
        Instant end = null;
        String queueId = null;
        String wrapUpCode = null;
        String disconnectType = null;
        String errorCode = null;
        Boolean conference = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "segmentType" -> segmentType = in.string();
                case "segmentStart" -> start = instant(in);
                case "segmentEnd" -> end = instant(in);
                case "queueId" -> queueId = in.string();
                case "wrapUpCode" -> wrapUpCode = in.string();
                case "disconnectType" -> disconnectType = in.string();
                case "errorCode" -> errorCode = in.string();
                case "conference" -> conference = in.flag();
                default -> in.skipValue();
            }
        }
        return new Segment(segmentType, start, end, queueId, wrapUpCode, disconnectType, errorCode, conference);
    }

    private static Metric metric(JsonFieldReader in) {
        String name = null;
        Long value = null;
        Instant emitDate = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "name" -> name = in.string();
                case "value" -> value = in.integer();
                case "emitDate" -> emitDate = instant(in);
                default -> in.skipValue();
            }
        }
        return new Metric(name, value, emitDate);
    }

    private static MediaEndpointStat mediaEndpointStat(JsonFieldReader in) {
        List<String> codecs = List.of();
        Double minMos = null;
        Double minRFactor = null;
        Long maxLatency = null;
        Long received = null;
        Long invalid = null;
        Long discarded = null;
        Long duplicate = null;
        Long overrun = null;
        Long underrun = null;
        Instant eventTime = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "codecs" -> codecs = in.strings();
                case "minMos" -> minMos = in.decimal();
                case "minRFactor" -> minRFactor = in.decimal();
                case "maxLatencyMs" -> maxLatency = in.integer();
                case "receivedPackets" -> received = in.integer();
                case "invalidPackets" -> invalid = in.integer();
                case "discardedPackets" -> discarded = in.integer();
                case "duplicatePackets" -> duplicate = in.integer();
                case "overrunPackets" -> overrun = in.integer();
                case "underrunPackets" -> underrun = in.integer();
                case "eventTime" -> eventTime = instant(in);
                default -> in.skipValue();
            }
        }
        return MediaEndpointStat.of(codecs, minMos, minRFactor, maxLatency, received, invalid, discarded, duplicate,
                overrun, underrun, eventTime);
    }

    /** A timestamp field; absent when it is not a string, not a timestamp, or no real time (year 10000 on). */
    private static Instant instant(JsonFieldReader in) {
        String text = in.string();
        if (text == null) {
            return null;
        }
        try {
            return Jdbc.storable(parseInstant(text));
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
