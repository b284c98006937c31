package com.dxp.collector.conversation;

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
 */
public record ConversationFilter(TimeWindow window, String mediaType, String direction, String userId,
        String queueId, String divisionId, Double mosBelow, boolean incompleteOnly) {

    static final Set<String> MEDIA_TYPES = Set.of("voice", "chat", "email", "callback", "cobrowse", "video",
            "screenshare", "message", "internalmessage", "unknown");

    static final Set<String> DIRECTIONS = Set.of("inbound", "outbound");

    /** Reads the query parameters; any value out of its domain is a 400 naming the parameter. */
    static ConversationFilter of(TimeWindow window, String mediaType, String direction, String userId,
            String queueId, String divisionId, String mosBelow, String incomplete) {
        return new ConversationFilter(window, oneOf("mediaType", mediaType, MEDIA_TYPES),
                oneOf("direction", direction, DIRECTIONS), QueryParameters.genesysId("userId", userId),
                QueryParameters.genesysId("queueId", queueId), QueryParameters.genesysId("divisionId", divisionId),
                mos("mosBelow", mosBelow),
                Boolean.TRUE.equals(QueryParameters.optionalFlag("incomplete", incomplete)));
    }

    /** Names this exact query for its cursors. */
    String scope(UUID tenantId) {
        return String.join("|", tenantId.toString(), window.scope(), String.valueOf(mediaType),
                String.valueOf(direction), String.valueOf(userId), String.valueOf(queueId),
                String.valueOf(divisionId), String.valueOf(mosBelow), String.valueOf(incompleteOnly));
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
