package com.dxp.collector.events;

import com.dxp.collector.conversation.ConversationRecordParser;
import com.dxp.collector.conversation.EndedConversation;
import com.dxp.collector.conversation.RawConversations;
import com.dxp.collector.genesys.AnalyticsDetailsClient;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Asks the analytics details query which conversations ended in a window, on the live lane of the tenant's budget:
 * conversations with a {@code conversationEnd}, newest end first, 100 a page, until the pages reach back past the
 * window's start. The query's interval reaches back {@code events.stream-check.lookback-hours} before the window,
 * since Genesys finds conversations by the UTC day they started.
 */
@ApplicationScoped
public class GenesysConversationEnds implements ConversationEnds {

    static final int PAGE_SIZE = 100;

    @Inject
    GenesysGateway gateway;

    @Inject
    TenantService tenants;

    @Inject
    EventsConfig config;

    private final ConversationRecordParser parser = new ConversationRecordParser();

    @Override
    public Ends endedBetween(UUID tenantId, Instant from, Instant to, int maxPages) {
        List<EndedConversation> ended = new ArrayList<>();
        for (int page = 1; page <= maxPages; page++) {
            JsonObject query = query(from, to, config.streamCheckLookback(), page);
            GenesysResponse r = gateway.call(tenants.activeConnection(tenantId), Lane.LIVE, "analytics.details.query",
                    AnalyticsDetailsClient.class, c -> c.query(query));
            if (!r.isSuccess()) {
                throw new IllegalStateException("analytics.details.query answered " + r.status() + " "
                        + r.errorCode());
            }
            List<String> records = RawConversations.split(r.bytes());
            boolean pastTheStart = false;
            for (String raw : records) {
                EndedConversation c = parser.ended(raw);
                if (c == null) {
                    continue;
                }
                if (c.end().isBefore(from)) {
                    pastTheStart = true;
                } else if (c.end().isBefore(to)) {
                    ended.add(c);
                }
            }
            if (pastTheStart || records.size() < PAGE_SIZE) {
                return new Ends(ended, true, page);
            }
        }
        return new Ends(ended, false, maxPages);
    }

    /** Ended conversations of the days the window and its look-back touch, newest end first. */
    static JsonObject query(Instant from, Instant to, Duration lookback, int page) {
        JsonArray ended = Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "and")
                .add("predicates", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "dimension")
                        .add("dimension", "conversationEnd").add("operator", "exists")))).build();
        return Json.createObjectBuilder().add("interval", from.minus(lookback) + "/" + to)
                .add("order", "desc").add("orderBy", "conversationEnd").add("conversationFilters", ended)
                .add("paging", Json.createObjectBuilder().add("pageSize", PAGE_SIZE).add("pageNumber", page))
                .build();
    }
}
