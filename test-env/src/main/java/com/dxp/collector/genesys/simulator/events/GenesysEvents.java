package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.SimConversation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds the {@code eventBody} of each topic from simulated data, with the field names, value formats and enum
 * casing of the SDK models (reference §6): the customer.end detail event, the user token notification and the
 * operational event notification. What the conversation contract does not carry (disconnect type, provider,
 * interacting time) is derived from the conversation id, so the same conversation always gives the same event.
 */
public final class GenesysEvents {

    /** ISO-8601 UTC with exactly three fraction digits, as Genesys writes timestamps. */
    static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    // Only values that both the reference and the Java SDK 198 enum know (the SDK lacks INACTIVITY, TAKEOVER...).
    private static final List<Weighted> VOICE_DISCONNECTS = List.of(new Weighted("ENDPOINT", 50),
            new Weighted("PEER", 35), new Weighted("TRANSFER", 8), new Weighted("SYSTEM", 5), new Weighted("ERROR", 2));
    private static final List<Weighted> DIGITAL_DISCONNECTS = List.of(new Weighted("CLIENT", 55),
            new Weighted("PEER", 35), new Weighted("SYSTEM", 8), new Weighted("ERROR", 2));

    private record Weighted(String value, int weight) {
    }

    private GenesysEvents() {
    }

    /** The {@code customer.end} detail event of a conversation, emitted when its customer left. */
    public static GenesysEvent customerEnd(UUID orgId, SimConversation conversation) {
        String id = conversation.conversationId();
        String media = conversation.mediaType().toLowerCase(Locale.ROOT);
        long customerMs = Duration.between(conversation.start(), conversation.customerEnd()).toMillis();
        double interactingShare = 0.55 + 0.4 * SeededIds.fraction(0, id, "interacting");
        long interactingMs = Math.min(Integer.MAX_VALUE, Math.max(0, Math.round(customerMs * interactingShare)));

        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("eventTime", conversation.customerEnd().toEpochMilli())
                .add("conversationId", id)
                .add("participantId", conversation.customerParticipantId())
                .add("sessionId", conversation.customerSessionId())
                .add("disconnectType", pick(media.equals("voice") || media.equals("callback")
                        ? VOICE_DISCONNECTS : DIGITAL_DISCONNECTS, id))
                .add("mediaType", media.toUpperCase(Locale.ROOT))
                .add("provider", provider(media))
                .add("direction", conversation.direction().toUpperCase(Locale.ROOT));
        addIfPresent(body, "ani", conversation.ani());
        addIfPresent(body, "dnis", conversation.dnis());
        if (media.equals("message")) {
            body.add("messageType", "WEBMESSAGING");
        }
        body.add("interactingDurationMs", interactingMs);
        conversation.divisionIds().stream().sorted().findFirst().ifPresent(d -> body.add("divisionId", d));
        return new GenesysEvent(orgId, EventTopic.CUSTOMER_END, id, conversation.customerEnd(), body.build());
    }

    /** The token notification of a user's login. */
    public static GenesysEvent userToken(UUID orgId, UserLogin login) {
        Objects.requireNonNull(login, "login");
        JsonObject body = Json.createObjectBuilder()
                .add("user", Json.createObjectBuilder().add("id", login.userId()).add("name", login.userName()))
                .add("ipAddress", login.ipAddress())
                .add("dateCreated", ISO_MILLIS.format(login.issuedAt()))
                .add("tokenExpirationDate", ISO_MILLIS.format(login.issuedAt().plus(login.lifetime())))
                .add("sessionId", login.sessionId())
                .add("clientId", login.clientId())
                .add("tokenHash", login.tokenHash())
                .build();
        return new GenesysEvent(orgId, EventTopic.USER_TOKENS, login.userId(), login.issuedAt(), body);
    }

    /** The notification of an operational event; its topic id is the org id. */
    public static GenesysEvent operational(UUID orgId, OperationalEvent event) {
        Objects.requireNonNull(event, "event");
        OperationalEventDefinition definition = event.definition();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("eventEntity", Json.createObjectBuilder()
                        .add("id", definition.id())
                        .add("name", definition.name())
                        .add("description", definition.description()))
                .add("entityId", event.entityId());
        addIfPresent(body, "entityName", event.entityName());
        body.add("entityType", definition.entityType())
                .add("errorCode", definition.errorCode());
        addIfPresent(body, "conversationId", event.conversationId());
        body.add("timestamp", event.at().toEpochMilli());
        return new GenesysEvent(orgId, EventTopic.OPERATIONAL_EVENTS, orgId.toString(), event.at(), body.build());
    }

    // Provider names as they appear in analytics sessions; the digital ones are unconfirmed guesses.
    private static String provider(String media) {
        return switch (media) {
            case "voice", "callback" -> "Edge";
            case "message" -> "PureCloud Messaging";
            case "email" -> "PureCloud Email";
            default -> "PureCloud";
        };
    }

    private static String pick(List<Weighted> choices, String key) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int roll = (int) (SeededIds.fraction(0, key, "disconnectType") * total);
        for (Weighted choice : choices) {
            roll -= choice.weight();
            if (roll < 0) {
                return choice.value();
            }
        }
        return choices.get(choices.size() - 1).value();
    }

    private static void addIfPresent(JsonObjectBuilder body, String name, String value) {
        if (value != null) {
            body.add(name, value);
        }
    }
}
