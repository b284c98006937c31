package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimConversation;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One dimension predicate of a {@code conversationFilters}/{@code segmentFilters} entry, evaluated against a
 * conversation as it looks at a given instant. Only the dimensions the collector filters on are simulated; any
 * other is refused with 400 so an unsupported filter never silently matches everything.
 *
 * @param dimension the dimension name
 * @param operator  {@code matches}, {@code exists} or {@code notExists}
 * @param value     the value to match (for {@code matches})
 */
record QueryPredicate(String dimension, String operator, String value) {

    static final List<String> DIMENSIONS = List.of("conversationId", "conversationEnd", "mediaType", "direction",
            "originatingDirection", "userId", "queueId", "divisionId");
    private static final Set<String> OPERATORS = Set.of("matches", "exists", "notExists");

    static QueryPredicate parse(JsonObject json) {
        String type = json.getString("type", "dimension");
        if (!"dimension".equals(type)) {
            throw ApiException.badRequest("The simulator supports only dimension predicates, not " + type + ".");
        }
        String dimension = json.getString("dimension", null);
        if (dimension == null || !DIMENSIONS.contains(dimension)) {
            throw ApiException.badRequest("Unsupported dimension " + dimension + "; the simulator supports "
                    + DIMENSIONS + ".");
        }
        String operator = json.getString("operator", "matches");
        if (!OPERATORS.contains(operator)) {
            throw ApiException.badRequest("Invalid operator " + operator + ".");
        }
        JsonValue raw = json.get("value");
        String value = raw == null || raw.getValueType() == JsonValue.ValueType.NULL ? null
                : raw.getValueType() == JsonValue.ValueType.STRING ? json.getString("value") : raw.toString();
        if ("matches".equals(operator) && (value == null || "conversationEnd".equals(dimension))) {
            throw ApiException.badRequest("A matches predicate on " + dimension
                    + ("conversationEnd".equals(dimension) ? " is not supported; use exists/notExists."
                    : " needs a value."));
        }
        return new QueryPredicate(dimension, operator, value);
    }

    boolean test(SimConversation c, Instant asOf) {
        return switch (operator) {
            case "exists" -> exists(c, asOf);
            case "notExists" -> !exists(c, asOf);
            default -> matches(c);
        };
    }

    private boolean exists(SimConversation c, Instant asOf) {
        return switch (dimension) {
            case "conversationEnd" -> !c.completedAt().isAfter(asOf);
            case "userId" -> !c.userIds().isEmpty();
            case "queueId" -> !c.queueIds().isEmpty();
            case "divisionId" -> !c.divisionIds().isEmpty();
            default -> true;
        };
    }

    private boolean matches(SimConversation c) {
        return switch (dimension) {
            case "conversationId" -> value.equals(c.conversationId());
            case "mediaType" -> value.equals(c.mediaType());
            case "direction", "originatingDirection" -> value.equals(c.direction());
            case "userId" -> c.userIds().contains(value);
            case "queueId" -> c.queueIds().contains(value);
            case "divisionId" -> c.divisionIds().contains(value);
            default -> false;
        };
    }
}
