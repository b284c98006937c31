package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimConversation;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the details query and the async job bodies have in common: interval, filters, order. Parsing validates
 * everything the real API rejects with 400, so endpoints only deal with well-formed queries.
 *
 * @param interval   the query interval
 * @param filters    conversation and segment filters, all of which must hold
 * @param descending {@code order: desc}
 * @param byEnd      {@code orderBy: conversationEnd} (or {@code segmentEnd})
 */
record ConversationQuery(QueryInterval interval, List<QueryFilter> filters, boolean descending, boolean byEnd) {

    static ConversationQuery parse(JsonObject body) {
        JsonValue interval = body.get("interval");
        if (interval == null || interval.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiException.badRequest("An interval is required.");
        }
        QueryInterval parsed = QueryInterval.parse(body.getString("interval"));
        List<QueryFilter> filters = QueryFilter.parseAll(body, "conversationFilters", "segmentFilters");
        String order = stringOr(body, "order", "asc");
        if (!List.of("asc", "desc", "unordered").contains(order)) {
            throw ApiException.badRequest("Invalid order " + order + ".");
        }
        String orderBy = stringOr(body, "orderBy", "conversationStart");
        if (!List.of("conversationStart", "conversationEnd", "segmentStart", "segmentEnd").contains(orderBy)) {
            throw ApiException.badRequest("Invalid orderBy " + orderBy + ".");
        }
        return new ConversationQuery(parsed, List.copyOf(filters), "desc".equals(order),
                orderBy.endsWith("End"));
    }

    static String stringOr(JsonObject body, String name, String fallback) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiException.badRequest(name + " must be a string.");
        }
        return body.getString(name);
    }

    boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The matching conversations of {@code candidates} in the requested order, as seen at {@code asOf}. */
    List<SimConversation> select(Stream<SimConversation> candidates, Instant asOf) {
        List<SimConversation> matches = new ArrayList<>();
        candidates.filter(c -> filters.stream().allMatch(f -> f.test(c, asOf))).forEach(matches::add);
        Comparator<SimConversation> order = byEnd
                ? Comparator.comparing((SimConversation c) -> visibleEnd(c, asOf),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(SimConversation::start);
        order = order.thenComparing(SimConversation::conversationId);
        matches.sort(descending ? order.reversed() : order);
        return matches;
    }

    private static Instant visibleEnd(SimConversation c, Instant asOf) {
        return c.completedAt().isAfter(asOf) ? null : c.end();
    }
}
