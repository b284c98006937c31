package com.dxp.collector.genesys.simulator.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.WildEdgeSightings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.data.WildEdge;
import com.dxp.collector.genesys.simulator.standalone.DemoOrgs;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.GroupEntityListing;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A wild org served through the API: its records are the same whichever way they are fetched, long-lived ones
 * turn up in jobs days later, its group of thousands pages properly, and the bytes stay valid, escaped UTF-8
 * that a tolerant client reads.
 */
class WildOrgApiContractTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    private static final OrgSpec SPEC = DemoOrgs.create(1, 7L, 3_000).get(0).withWildData();
    private static final String CLIENT = SPEC.clients().get(0).clientId();
    private static final String SECRET = SPEC.clients().get(0).secret();
    private static final String MIDNIGHT_HOUR = "{\"interval\":\"2026-05-19T00:00:00.000Z/2026-05-19T01:00:00.000Z\","
            + "\"paging\":{\"pageSize\":100,\"pageNumber\":1}}";

    @Test
    void shouldServeTheSameWildRecordsFromTheQueryAndTheGetsById() {
        try (GenesysSimulator simulator = start(new MutableClock(NOW))) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);

            String page = client.post("/api/v2/analytics/conversations/details/query", token, MIDNIGHT_HOUR).body();
            GenesysSchemaOracle.readLenient(page, AnalyticsConversationQueryResponse.class);
            List<JsonObject> records = parse(page).getJsonArray("conversations").getValuesAs(JsonObject.class);
            Set<WildEdge> seen = EnumSet.noneOf(WildEdge.class);
            records.forEach(r -> seen.addAll(WildEdgeSightings.in(r)));
            assertFalse(records.get(0).containsKey("conversationEnd"), "the day's first stays open for over a week");
            assertTrue(records.get(records.size() - 1).containsKey("conversationEnd"));
            assertTrue(seen.size() >= 5, "an hour of a wild org shows many edges: " + seen);

            List<JsonObject> wild = records.stream().filter(r -> !WildEdgeSightings.in(r).isEmpty()).toList();
            String ids = wild.stream().map(r -> r.getString("conversationId")).collect(Collectors.joining(","));
            String batch = client.get("/api/v2/analytics/conversations/details?id=" + ids, token).body();
            assertEquals(wild, parse(batch).getJsonArray("conversations").getValuesAs(JsonObject.class));
            for (JsonObject record : wild.subList(0, 3)) {
                String one = client.get("/api/v2/analytics/conversations/" + record.getString("conversationId")
                        + "/details", token).body();
                assertEquals(record, parse(one));
            }
        }
    }

    @Test
    void shouldServeValidEscapedUtf8ThatIsTheSameAfterARestart() {
        String first = queryPages();
        String second = queryPages();

        assertEquals(first, second);
        assertFalse(first.contains("\ufffd"), "no character lost in UTF-8");
        assertTrue(first.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "control characters only as escapes");
        assertTrue(first.contains("\\u0000") && first.contains("\\ud800"), "escaped control and lone surrogate");
    }

    @Test
    void shouldReturnALongLivedConversationInAJobDaysAfterItStarted() {
        SimulatedOrg org = OrgDataFactory.create(SPEC, SimulatorSettings.defaults());
        Instant sixDaysBefore = Instant.parse("2026-05-13T00:00:00Z");
        SimConversation longLived = org.conversations().startingBetween(sixDaysBefore,
                sixDaysBefore.plus(Duration.ofDays(1)), NOW).findFirst().orElseThrow();
        MutableClock clock = new MutableClock(NOW);
        try (GenesysSimulator simulator = start(clock)) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);

            List<String> pages = runJob(client, token, clock);
            GenesysSchemaOracle.readLenient(pages.get(0), AnalyticsConversationAsyncQueryResponse.class);
            List<String> ids = new ArrayList<>();
            pages.forEach(page -> parse(page).getJsonArray("conversations").getValuesAs(JsonObject.class)
                    .forEach(c -> ids.add(c.getString("conversationId"))));
            assertTrue(ids.contains(longLived.conversationId()), "open for more than a week, so in the window");
            assertEquals(ids.size(), new HashSet<>(ids).size());
        }
    }

    @Test
    void shouldPageTheMembersOfAGroupOfThousands() {
        try (GenesysSimulator simulator = start(new MutableClock(NOW))) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);
            GroupEntityListing groups = GenesysSchemaOracle.read(
                    client.get("/api/v2/groups?pageSize=100", token).body(), GroupEntityListing.class);
            var everyone = groups.getEntities().stream().filter(g -> g.getMemberCount() > 2000).findFirst()
                    .orElseThrow();

            List<String> members = new ArrayList<>();
            int pages = 0;
            for (String uri = "/api/v2/groups/" + everyone.getId() + "/members?pageSize=500&pageNumber=1";
                 uri != null; pages++) {
                UserEntityListing page = GenesysSchemaOracle.read(client.get(uri, token).body(),
                        UserEntityListing.class);
                page.getEntities().stream().map(User::getId).forEach(members::add);
                uri = page.getNextUri();
            }
            assertEquals(everyone.getMemberCount().intValue(), members.size());
            assertEquals(members.size(), new HashSet<>(members).size());
            assertTrue(pages >= 5, "pages of 500: " + pages);
        }
    }

    private static String queryPages() {
        try (GenesysSimulator simulator = start(new MutableClock(NOW))) {
            SimClient client = new SimClient(simulator.baseUri());
            String token = client.token(CLIENT, SECRET);
            StringBuilder pages = new StringBuilder();
            for (int page = 1; page <= 5; page++) {
                HttpResponse<String> response = client.post("/api/v2/analytics/conversations/details/query", token,
                        MIDNIGHT_HOUR.replace("\"pageNumber\":1", "\"pageNumber\":" + page));
                assertEquals(200, response.statusCode(), response.body());
                pages.append(response.body());
            }
            return pages.toString();
        }
    }

    /** Submits a job for the day before now, lets the clock run until it is FULFILLED, and reads every page. */
    private static List<String> runJob(SimClient client, String token, MutableClock clock) {
        HttpResponse<String> submitted = client.post("/api/v2/analytics/conversations/details/jobs", token,
                "{\"interval\":\"2026-05-19T00:00:00.000Z/2026-05-20T00:00:00.000Z\"}");
        assertEquals(202, submitted.statusCode(), submitted.body());
        String status = "/api/v2/analytics/conversations/details/jobs/" + SimClient.tree(submitted.body())
                .get("jobId").asText();
        await("job fulfilled").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return "FULFILLED".equals(SimClient.tree(client.get(status, token).body()).get("state").asText());
        });
        List<String> pages = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = client.get(status + "/results?pageSize=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertEquals(200, page.statusCode(), page.body());
            pages.add(page.body());
            JsonObject body = parse(page.body());
            cursor = body.containsKey("cursor") ? body.getString("cursor") : null;
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static GenesysSimulator start(MutableClock clock) {
        SimulatorSettings settings = SimulatorSettings.defaults().withRequestsPerMinute(10_000);
        return GenesysSimulator.builder().org(OrgDataFactory.create(SPEC, settings)).settings(settings).clock(clock)
                .faultSeed(1).build().start();
    }
}
