package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fresh-data side of analytics conversation details: {@code POST .../details/query} with the day-index interval
 * semantics, interval caps (7 days unfiltered, 31 filtered) and paging caps of the real service, plus the single
 * and batch GETs by id. All read the catalog as of now, so live conversations come without {@code conversationEnd}.
 */
final class DetailsQueryEndpoint {

    static final int DEFAULT_PAGE_SIZE = 25;
    /** The other permission the real API accepts for conversation details (not one the collector asks for). */
    static final String AGENT_CONVERSATION_DETAIL_VIEW = "analytics:agentConversationDetail:view";
    private static final Duration MAX_UNFILTERED = Duration.ofDays(7);
    private static final Duration MAX_FILTERED = Duration.ofDays(31);

    private final SimulatorSettings settings;

    private final QueryResultCache results;
    private final LateCompletions late;

    DetailsQueryEndpoint(SimulatorSettings settings, LateCompletions late) {
        this.settings = settings;
        this.late = late;
        this.results = new QueryResultCache(settings.completionDelay());
    }

    SimResponse query(ApiCall call) {
        requirePermission(call);
        JsonObject body = Json.readObject(call.body());
        ConversationQuery query = ConversationQuery.parse(body);
        Duration length = query.interval().length();
        if (length.compareTo(query.hasFilters() ? MAX_FILTERED : MAX_UNFILTERED) > 0) {
            throw ApiException.badRequest(query.hasFilters()
                    ? "The interval may not exceed 31 days."
                    : "The interval may not exceed 7 days unless a filter is supplied (then 31 days).");
        }
        int[] paging = paging(body);
        int pageSize = paging[0];
        int pageNumber = paging[1];
        if ((long) pageSize * pageNumber > settings.maxQueryResults()) {
            throw ApiException.badRequest("Pagination may not exceed " + settings.maxQueryResults() + " results.");
        }
        ConversationCatalog catalog = call.grant().org().conversations();
        Instant now = call.now();
        List<String> matches = results.matches(call.grant().org().spec().orgId(), query, now, () -> {
            try (Stream<SimConversation> candidates = catalog.startingBetween(query.interval().firstDayStart(),
                    query.interval().lastDayEnd(), now)) {
                return query.select(candidates, now).stream().map(SimConversation::conversationId).toList();
            }
        });
        int from = Math.min(matches.size(), (pageNumber - 1) * pageSize);
        List<SimConversation> page = matches.subList(from, Math.min(matches.size(), from + pageSize)).stream()
                .map(id -> catalog.find(id, now).orElseThrow())
                .toList();
        return SimResponse.ok(Json.write(g -> {
            g.writeStartObject();
            if (!page.isEmpty()) {
                g.writeStartArray("conversations");
                page.forEach(c -> c.writeJson(g, late.asOf(c, call.now()), false));
                g.writeEnd();
            }
            g.write("totalHits", matches.size()).writeEnd();
        }));
    }

    SimResponse single(ApiCall call) {
        requirePermission(call);
        String id = call.pathParam("conversationId");
        Optional<SimConversation> found = call.grant().org().conversations().find(id, call.now());
        SimConversation conversation = found.orElseThrow(
                () -> ApiException.notFound("Unable to find a conversation with id " + id));
        return SimResponse.ok(Json.write(g -> conversation.writeJson(g, late.asOf(conversation, call.now()),
                false)));
    }

    SimResponse batch(ApiCall call) {
        requirePermission(call);
        Set<String> ids = new LinkedHashSet<>();
        for (String value : call.params("id")) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        if (ids.isEmpty()) {
            throw ApiException.badRequest("At least one conversation id is required.");
        }
        if (ids.size() > settings.maxBatchIds()) {
            throw ApiException.badRequest("At most " + settings.maxBatchIds() + " conversation ids may be requested.");
        }
        ConversationCatalog catalog = call.grant().org().conversations();
        List<SimConversation> found = new ArrayList<>();
        ids.forEach(id -> catalog.find(id, call.now()).ifPresent(found::add));
        return SimResponse.ok(Json.write(g -> {
            g.writeStartObject().writeStartArray("conversations");
            found.forEach(c -> c.writeJson(g, late.asOf(c, call.now()), false));
            g.writeEnd().writeEnd();
        }));
    }

    private int[] paging(JsonObject body) {
        JsonValue value = body.get("paging");
        int pageSize = DEFAULT_PAGE_SIZE;
        int pageNumber = 1;
        if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject paging = value.asJsonObject();
            pageSize = intOr(paging, "pageSize", DEFAULT_PAGE_SIZE);
            pageNumber = intOr(paging, "pageNumber", 1);
        } else if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            throw ApiException.badRequest("paging must be an object.");
        }
        if (pageSize < 1 || pageSize > settings.maxQueryPageSize()) {
            throw ApiException.badRequest("The page size must be between 1 and " + settings.maxQueryPageSize() + ".");
        }
        if (pageNumber < 1) {
            throw ApiException.badRequest("The page number must be 1 or more.");
        }
        return new int[] {pageSize, pageNumber};
    }

    static int intOr(JsonObject json, String name, int fallback) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !json.getJsonNumber(name).isIntegral()) {
            throw ApiException.badRequest(name + " must be an integer.");
        }
        return json.getJsonNumber(name).intValue();
    }

    static void requirePermission(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.CONVERSATION_DETAIL_VIEW, AGENT_CONVERSATION_DETAIL_VIEW);
    }
}
