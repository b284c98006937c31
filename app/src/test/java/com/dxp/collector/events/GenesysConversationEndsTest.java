package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.EndedConversation;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.tenant.ConnectedTenants;
import com.dxp.collector.tenant.TenantConnection;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GenesysConversationEndsTest {

    private static final Instant FROM = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-06T08:05:00Z");

    private final List<Lane> lanes = new ArrayList<>();

    @Test
    void shouldAskForEndedConversationsNewestFirstReachingBackToTheDaysTheyStarted() {
        JsonObject query = GenesysConversationEnds.query(FROM, TO, Duration.ofHours(24), 2);

        assertEquals("2026-12-05T08:00:00Z/2026-12-06T08:05:00Z", query.getString("interval"));
        assertEquals("desc", query.getString("order"));
        assertEquals("conversationEnd", query.getString("orderBy"));
        assertEquals("exists", query.getJsonArray("conversationFilters").getJsonObject(0).getJsonArray("predicates")
                .getJsonObject(0).getString("operator"));
        assertEquals(2, query.getJsonObject("paging").getInt("pageNumber"));
    }

    @Test
    void shouldKeepTheWindowsEndsAndStopAtThePageThatReachesBeforeIt() {
        List<String> page1 = new ArrayList<>();
        page1.add(record(UUID.randomUUID(), TO.plusSeconds(5)));
        for (int i = 0; i < 99; i++) {
            page1.add(record(UUID.randomUUID(), TO.minusSeconds(1 + i)));
        }
        UUID lastInWindow = UUID.randomUUID();
        List<String> page2 = List.of(record(lastInWindow, FROM), "{\"conversationId\": \"not-a-uuid\"}",
                record(UUID.randomUUID(), FROM.minusMillis(1)));
        GenesysConversationEnds ends = ends(page -> page == 1 ? page1 : page == 2 ? page2 : List.of());

        ConversationEnds.Ends found = ends.endedBetween(UUID.randomUUID(), FROM, TO, 10);

        assertTrue(found.complete());
        assertEquals(2, found.calls(), "no third page: the second reached back before the window");
        assertEquals(100, found.conversations().size(), "99 of page 1 and the one at the window's start");
        assertTrue(found.conversations().contains(new EndedConversation(lastInWindow, FROM)));
        assertEquals(List.of(Lane.LIVE, Lane.LIVE), lanes);
    }

    @Test
    void shouldSayWhenThePagesRanOutBeforeTheWindowsStart() {
        List<String> full = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            full.add(record(UUID.randomUUID(), TO.minusSeconds(1)));
        }
        ConversationEnds.Ends found = ends(page -> full).endedBetween(UUID.randomUUID(), FROM, TO, 3);

        assertFalse(found.complete());
        assertEquals(3, found.calls());
    }

    private GenesysConversationEnds ends(Function<Integer, List<String>> pages) {
        GenesysConversationEnds ends = new GenesysConversationEnds();
        ends.config = new EventsConfig();
        ends.config.streamCheckLookbackHours = 24;
        ends.tenants = ConnectedTenants.any();
        ends.gateway = new GenesysGateway() {
            @Override
            public <C> GenesysResponse call(TenantConnection connection, Lane lane, String endpoint, Class<C> api,
                    Function<C, Response> request) {
                lanes.add(lane);
                int page = lanes.size();
                return new GenesysResponse(200, Map.of(), "{\"totalHits\": 12345, \"conversations\": ["
                        + String.join(",", pages.apply(page)) + "]}");
            }
        };
        return ends;
    }

    private static String record(UUID id, Instant end) {
        return "{\"conversationId\": \"" + id + "\", \"conversationStart\": \"" + end.minusSeconds(300)
                + "\", \"conversationEnd\": \"" + end + "\", \"participants\": [{\"purpose\": \"customer\"}]}";
    }
}
