package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimConversation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter of a details query or job ({@code type} and/or over {@code predicates} and nested {@code clauses}).
 * Segment filters are evaluated per conversation, which is what the simulated data can tell.
 *
 * @param and        true for {@code type: and}, false for {@code or}
 * @param predicates the filter's predicates
 * @param clauses    nested clauses, combined with the predicates by the same type
 */
record QueryFilter(boolean and, List<QueryPredicate> predicates, List<QueryFilter> clauses) {

    /** All filters of the named arrays ({@code conversationFilters}, {@code segmentFilters}) of a query body. */
    static List<QueryFilter> parseAll(JsonObject body, String... arrays) {
        List<QueryFilter> filters = new ArrayList<>();
        for (String name : arrays) {
            JsonValue value = body.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw ApiException.badRequest(name + " must be an array.");
            }
            for (JsonValue filter : value.asJsonArray()) {
                filters.add(parse(object(filter, name)));
            }
        }
        return filters;
    }

    static QueryFilter parse(JsonObject json) {
        String type = json.getString("type", null);
        if (!"and".equals(type) && !"or".equals(type)) {
            throw ApiException.badRequest("A filter type must be 'and' or 'or', not " + type + ".");
        }
        List<QueryPredicate> predicates = new ArrayList<>();
        for (JsonValue p : array(json, "predicates")) {
            predicates.add(QueryPredicate.parse(object(p, "predicates")));
        }
        List<QueryFilter> clauses = new ArrayList<>();
        for (JsonValue c : array(json, "clauses")) {
            clauses.add(parse(object(c, "clauses")));
        }
        if (predicates.isEmpty() && clauses.isEmpty()) {
            throw ApiException.badRequest("A filter needs predicates or clauses.");
        }
        return new QueryFilter("and".equals(type), List.copyOf(predicates), List.copyOf(clauses));
    }

    boolean test(SimConversation c, Instant asOf) {
        if (and) {
            return predicates.stream().allMatch(p -> p.test(c, asOf))
                    && clauses.stream().allMatch(f -> f.test(c, asOf));
        }
        return predicates.stream().anyMatch(p -> p.test(c, asOf))
                || clauses.stream().anyMatch(f -> f.test(c, asOf));
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiException.badRequest(name + " must be an array.");
        }
        return value.asJsonArray();
    }

    private static JsonObject object(JsonValue value, String within) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("Every entry of " + within + " must be an object.");
        }
        return value.asJsonObject();
    }
}
