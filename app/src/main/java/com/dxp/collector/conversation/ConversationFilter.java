package com.dxp.collector.conversation;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.QueryParameters;
import com.dxp.collector.platform.rest.TimeWindow;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a conversation list request asks for: a start-time window and optional filters, each checked and normalized
 * here so the repository only ever sees valid values. Media type and direction accept the analytics API's
 * lower-case values and the detail events' upper-case ones.
 *
 * @param mosBelow       only conversations whose lowest MOS is below this (conversations without MOS never match)
 * @param incompleteOnly only conversations still waiting for their end or an open segment
 * @param teamId         only conversations with an agent of this work team: by the participant's own team, or by
 *                       the team membership the last directory sync stored for its user
 * @param flowId         only conversations with a session in this Architect flow
 * @param attribute      only conversations with a participant attribute of this key and value
 */
public record ConversationFilter(TimeWindow window, String mediaType, String direction, String userId,
        String queueId, String divisionId, Double mosBelow, boolean incompleteOnly, String teamId, String flowId,
        AttributeMatch attribute) {

    /** A filter without the team, flow and attribute filters. */
    public ConversationFilter(TimeWindow window, String mediaType, String direction, String userId, String queueId,
            String divisionId, Double mosBelow, boolean incompleteOnly) {
        this(window, mediaType, direction, userId, queueId, divisionId, mosBelow, incompleteOnly, null, null, null);
    }

    /**
     * A participant attribute a conversation must have: {@code key:value}, split at the first colon (a key with a
     * colon cannot be asked for), each cut as the store cuts it, so a long one still matches what was stored.
     */
    public record AttributeMatch(String name, String value) {

        /** Reads {@code key:value}; absent for an absent parameter, a 400 without a colon or with an empty key. */
        static AttributeMatch parse(String parameter) {
            if (parameter == null || parameter.isEmpty()) {
                return null;
            }
            int colon = parameter.indexOf(':');
            if (colon < 1) {
                throw ProblemException.badRequest("attribute must be key:value, such as customerTier:gold (a key"
                        + " before the first colon).");
            }
            return new AttributeMatch(Jdbc.bounded(parameter.substring(0, colon), ConversationTables.Attribute.WIDTH),
                    Jdbc.bounded(parameter.substring(colon + 1), ConversationTables.Attribute.WIDTH));
        }

        /** The key's prefix as the index holds it. */
        String nameKey() {
            return Jdbc.bounded(name, ConversationTables.Attribute.KEY_WIDTH);
        }

        /** The value's prefix as the index holds it. */
        String valueKey() {
            return Jdbc.bounded(value, ConversationTables.Attribute.KEY_WIDTH);
        }
    }

    static final Set<String> MEDIA_TYPES = Set.of("voice", "chat", "email", "callback", "cobrowse", "video",
            "screenshare", "message", "internalmessage", "unknown");

    static final Set<String> DIRECTIONS = Set.of("inbound", "outbound");

    /** Reads the query parameters; any value out of its domain is a 400 naming the parameter. */
    static ConversationFilter of(TimeWindow window, String mediaType, String direction, String userId,
            String queueId, String divisionId, String mosBelow, String incomplete) {
        return of(window, mediaType, direction, userId, queueId, divisionId, mosBelow, incomplete, null, null, null);
    }

    /** Reads the query parameters, the team, flow and attribute filters too. */
    static ConversationFilter of(TimeWindow window, String mediaType, String direction, String userId,
            String queueId, String divisionId, String mosBelow, String incomplete, String teamId, String flowId,
            String attribute) {
        return new ConversationFilter(window, oneOf("mediaType", mediaType, MEDIA_TYPES),
                oneOf("direction", direction, DIRECTIONS), QueryParameters.genesysId("userId", userId),
                QueryParameters.genesysId("queueId", queueId), QueryParameters.genesysId("divisionId", divisionId),
                mos("mosBelow", mosBelow),
                Boolean.TRUE.equals(QueryParameters.optionalFlag("incomplete", incomplete)),
                QueryParameters.genesysId("teamId", teamId), QueryParameters.genesysId("flowId", flowId),
                AttributeMatch.parse(attribute));
    }

    /** Names this exact query for its cursors. */
    String scope(UUID tenantId) {
        return String.join("|", tenantId.toString(), window.scope(), String.valueOf(mediaType),
                String.valueOf(direction), String.valueOf(userId), String.valueOf(queueId),
                String.valueOf(divisionId), String.valueOf(mosBelow), String.valueOf(incompleteOnly),
                String.valueOf(teamId), String.valueOf(flowId),
                attribute == null ? "null" : attribute.name() + "\u0000" + attribute.value());
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String normal = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(normal)) {
            throw ProblemException.badRequest(name + " must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()) + ".");
        }
        return normal;
    }

    /** A MOS threshold parameter: above 1, at most 5. */
    static Double mos(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            double mos = Double.parseDouble(value);
            if (mos > 1.0 && mos <= 5.0) {
                return mos;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ProblemException.badRequest(name + " must be a number above 1 and at most 5 (MOS runs from 1 to 5).");
    }
}
