package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The conversation read API against the running server: one simulated day of the demo org's conversations (every
 * media type, transfers, conferences, live and ended ones) imported for one tenant, then read back page by page,
 * one by one, raw and normalized, filtered and summarized, and never through another tenant.
 */
@MicroShedTest
class ConversationReadIT {

    static final Instant DAY = Instant.parse("2026-05-13T00:00:00Z");
    static final Instant NEXT_DAY = Instant.parse("2026-05-14T00:00:00Z");
    static final String WINDOW = "from=2026-05-13T00:00:00Z&to=2026-05-14T00:00:00Z";

    /** Conversation id to its raw JSON, in the order the simulator wrote them. */
    static final Map<String, String> SOURCE = new LinkedHashMap<>();
    static String tenantA;
    static String tenantB;

    @BeforeAll
    static void importOneSimulatedDay() throws Exception {
        tenantA = createTenant("Reader A " + UUID.randomUUID());
        tenantB = createTenant("Reader B " + UUID.randomUUID());
        // the day as seen at 20:00: the conversations of the evening are still going on, the rest are over
        Instant asOf = DAY.plus(java.time.Duration.ofHours(20));
        OrgDataFactory.create(SimulatorForIts.org(), SimulatorSettings.defaults()).conversations()
                .startingBetween(DAY, NEXT_DAY, asOf).forEach(c -> SOURCE.put(c.conversationId(), json(c, asOf)));

        HttpResponse<String> first = importInto(tenantA, "[" + String.join(",", SOURCE.values()) + "]");
        HttpResponse<String> again = importInto(tenantA, "{\"totalHits\":" + SOURCE.size() + ",\"conversations\":["
                + String.join(",\n", SOURCE.values()) + "]}");

        assertEquals(200, first.statusCode(), first.body());
        JsonObject stored = CollectorApi.json(first);
        assertEquals(List.of(SOURCE.size(), SOURCE.size()), List.of(stored.getInt("received"),
                stored.getInt("inserted") + stored.getInt("unchanged")));
        // the same records fetched later: replaced by their newer fetch or left alone, never duplicated
        assertEquals(0, CollectorApi.json(again).getInt("inserted"), again.body());
    }

    /** An import is audited with who, how many records and which conversations (the first 50 ids). */
    @Test
    void shouldAuditEachImportWithItsCountAndConversations() throws Exception {
        List<JsonObject> imports = CollectorApi.json(CollectorApi.get("/api/admin/audit?limit=100&tenantId="
                + tenantA, Account.ADMIN)).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> "conversations.imported".equals(e.getString("action"))).toList();

        assertEquals(2, imports.size(), imports.toString());
        String detail = imports.get(1).getString("detail");
        assertTrue(detail.startsWith("imported " + SOURCE.size() + " conversation record(s): " + SOURCE.size()
                + " new"), detail);
        assertTrue(detail.contains(SOURCE.keySet().iterator().next()), "the first conversation is named: "
                + detail);
        assertEquals("admin", imports.get(1).getString("actor"));
    }

    @Test
    void shouldImportADayWithEveryMediaTypeTransfersAndConferences() {
        Set<String> mediaTypes = new TreeSet<>();
        int transfers = 0;
        int conferences = 0;
        for (String raw : SOURCE.values()) {
            JsonObject c = parse(raw);
            sessions(c).forEach(s -> mediaTypes.add(s.getString("mediaType")));
            transfers += sessions(c).stream().flatMap(s -> s.getJsonArray("segments").getValuesAs(JsonObject.class)
                    .stream()).anyMatch(g -> g.getString("disconnectType", "").contains("transfer")) ? 1 : 0;
            conferences += sessions(c).stream().flatMap(s -> s.getJsonArray("segments").getValuesAs(JsonObject.class)
                    .stream()).anyMatch(g -> g.getBoolean("conference", false)) ? 1 : 0;
        }

        assertTrue(SOURCE.size() > 100, "a day of conversations: " + SOURCE.size());
        assertTrue(mediaTypes.containsAll(Set.of("voice", "message", "chat", "email", "callback")), mediaTypes.toString());
        assertTrue(transfers > 0 && conferences > 0, transfers + " transfers, " + conferences + " conferences");
    }

    @Test
    void shouldGiveBackEveryRawRecordByteForByte() throws Exception {
        for (Map.Entry<String, String> e : SOURCE.entrySet()) {
            HttpResponse<String> raw = CollectorApi.get(conversation(tenantA, e.getKey()) + "/raw", Account.VIEWER);

            assertEquals(200, raw.statusCode(), raw.body());
            assertEquals(e.getValue(), raw.body(), "raw JSON of " + e.getKey());
        }
    }

    @Test
    void shouldNormalizeEveryParticipantSessionSegmentMetricAndMediaStat() throws Exception {
        for (Map.Entry<String, String> e : SOURCE.entrySet()) {
            JsonObject source = parse(e.getValue());
            HttpResponse<String> response = CollectorApi.get(conversation(tenantA, e.getKey()), Account.VIEWER);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject stored = CollectorApi.json(response);

            assertEquals(shape(source), shape(stored), "children of " + e.getKey());
            JsonObject overview = stored.getJsonObject("conversation");
            assertEquals(Instant.parse(source.getString("conversationStart")), Instant.parse(overview.getString("start")));
            assertEquals(source.containsKey("conversationEnd"), overview.containsKey("end"));
            assertEquals(source.getString("originatingDirection"), overview.getString("originatingDirection"));
            if (source.containsKey("mediaStatsMinConversationMos")) {
                assertEquals(source.getJsonNumber("mediaStatsMinConversationMos").doubleValue(),
                        overview.getJsonNumber("minMos").doubleValue(), 1e-9);
            }
        }
    }

    @Test
    void shouldListTheWholeDayPageByPageInStartOrderWithoutDuplicates() throws Exception {
        List<JsonObject> listed = listAll(tenantA, WINDOW, 37);

        List<String> ids = listed.stream().map(c -> c.getString("conversationId")).toList();
        assertEquals(SOURCE.keySet(), new HashSet<>(ids));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no conversation twice");
        List<String> starts = listed.stream().map(c -> c.getString("start")).toList();
        assertEquals(starts.stream().map(Instant::parse).sorted().toList(), starts.stream().map(Instant::parse)
                .toList(), "start order");
    }

    @Test
    void shouldFilterAsTheSourceRecordsSay() throws Exception {
        JsonObject someCall = SOURCE.values().stream().map(ConversationReadIT::parse)
                .filter(c -> sessions(c).stream().anyMatch(s -> s.getString("mediaType").equals("voice")))
                .filter(c -> c.containsKey("mediaStatsMinConversationMos")).findFirst().orElseThrow();
        String someUser = participants(someCall).stream().filter(p -> p.containsKey("userId")).findFirst()
                .orElseThrow().getString("userId");
        String someQueue = sessions(someCall).stream().flatMap(s -> s.getJsonArray("segments")
                .getValuesAs(JsonObject.class).stream()).filter(g -> g.containsKey("queueId")).findFirst()
                .orElseThrow().getString("queueId");
        String someDivision = someCall.getJsonArray("divisionIds").getString(0);

        assertFiltered("mediaType=voice", c -> sessions(c).stream().anyMatch(s -> s.getString("mediaType")
                .equals("voice")));
        assertFiltered("mediaType=EMAIL", c -> sessions(c).stream().anyMatch(s -> s.getString("mediaType")
                .equals("email")));
        assertFiltered("direction=outbound", c -> c.getString("originatingDirection").equals("outbound"));
        assertFiltered("userId=" + someUser, c -> participants(c).stream().anyMatch(p -> someUser.equals(
                p.getString("userId", null))));
        assertFiltered("queueId=" + someQueue, c -> sessions(c).stream().flatMap(s -> s.getJsonArray("segments")
                .getValuesAs(JsonObject.class).stream()).anyMatch(g -> someQueue.equals(g.getString("queueId", null))));
        assertFiltered("divisionId=" + someDivision, c -> c.getJsonArray("divisionIds").getValuesAs(
                jakarta.json.JsonString.class).stream().anyMatch(d -> d.getString().equals(someDivision)));
        assertFiltered("mosBelow=3.5", c -> c.containsKey("mediaStatsMinConversationMos")
                && c.getJsonNumber("mediaStatsMinConversationMos").doubleValue() < 3.5);
        assertFiltered("incomplete=true", c -> !c.containsKey("conversationEnd") || sessions(c).stream()
                .flatMap(s -> s.getJsonArray("segments").getValuesAs(JsonObject.class).stream())
                .anyMatch(g -> !g.containsKey("segmentEnd")));
    }

    @Test
    void shouldSummarizeTheDayWithItsPoorCallShare() throws Exception {
        HttpResponse<String> response = CollectorApi.get("/api/tenants/" + tenantA + "/summary?" + WINDOW,
                Account.VIEWER);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject summary = CollectorApi.json(response);
        long withMos = SOURCE.values().stream().map(ConversationReadIT::parse)
                .filter(c -> c.containsKey("mediaStatsMinConversationMos")).count();
        long poor = SOURCE.values().stream().map(ConversationReadIT::parse)
                .filter(c -> c.containsKey("mediaStatsMinConversationMos")
                        && c.getJsonNumber("mediaStatsMinConversationMos").doubleValue() < 3.5).count();
        assertEquals(SOURCE.size(), summary.getInt("conversations"));
        assertEquals(List.of(withMos, poor), List.of(summary.getJsonNumber("withMos").longValue(),
                summary.getJsonNumber("poorCalls").longValue()));
        assertEquals(1, summary.getJsonArray("days").size());
        assertEquals(withMos, summary.getJsonArray("mosBands").stream()
                .mapToLong(b -> b.asJsonObject().getJsonNumber("conversations").longValue()).sum(),
                "every call with a MOS in one band: " + summary.getJsonArray("mosBands"));
        assertEquals("2026-05-13", summary.getJsonArray("days").getJsonObject(0).getString("day"));
        assertEquals(JsonValue.NULL, summary.get("dataCompleteThrough"), "no watermark before reconciliation");
        assertEquals(3.5, summary.getJsonNumber("poorMosThreshold").doubleValue());
    }

    @Test
    void shouldNeverShowOneTenantsConversationsThroughAnother() throws Exception {
        String idOfA = SOURCE.keySet().iterator().next();
        String cursorOfA = CollectorApi.json(CollectorApi.get("/api/tenants/" + tenantA + "/conversations?" + WINDOW
                + "&limit=1", Account.VIEWER)).getString("nextCursor");

        assertEquals(404, CollectorApi.get(conversation(tenantB, idOfA), Account.ADMIN).statusCode());
        assertEquals(404, CollectorApi.get(conversation(tenantB, idOfA) + "/raw", Account.ADMIN).statusCode());
        assertEquals(0, listAll(tenantB, WINDOW, 100).size());
        assertEquals(400, CollectorApi.get("/api/tenants/" + tenantB + "/conversations?" + WINDOW + "&cursor="
                + cursorOfA, Account.ADMIN).statusCode(), "A's cursor replayed against B");
        JsonObject summaryOfB = CollectorApi.json(CollectorApi.get("/api/tenants/" + tenantB + "/summary?" + WINDOW,
                Account.ADMIN));
        assertEquals(0, summaryOfB.getInt("conversations"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"conversations?" + WINDOW + "&cursor=bm90LWEtY3Vyc29y",
        "conversations?from=2026-01-01T00:00:00Z&to=2026-05-14T00:00:00Z",
        "conversations?to=2026-05-14T00:00:00Z",
        "conversations?from=2026-05-14T00:00:00Z&to=2026-05-13T00:00:00Z",
        "conversations?from=yesterday&to=2026-05-14T00:00:00Z",
        "conversations?" + WINDOW + "&mediaType=fax",
        "conversations?" + WINDOW + "&direction=up",
        "conversations?" + WINDOW + "&userId=not-a-uuid",
        "conversations?" + WINDOW + "&mosBelow=9",
        "conversations?" + WINDOW + "&incomplete=maybe",
        "conversations?" + WINDOW + "&limit=0",
        "conversations?" + WINDOW + "&limit=100000",
        "summary?from=2020-01-01T00:00:00Z&to=2026-05-14T00:00:00Z",
        "summary?" + WINDOW + "&poorMosBelow=zero",
        "users?cursor=bm90LWEtY3Vyc29y", "users?state=happy", "groups?removed=perhaps", "groups?limit=1000",
        "user-sessions?userId=1", "user-sessions?from=2026-05-14T00:00:00Z&to=2026-05-13T00:00:00Z",
        "operational-events?cursor=bm90LWEtY3Vyc29y"})
    void shouldAnswerBadReadRequestsWithAProblem400(String pathAndQuery) throws Exception {
        HttpResponse<String> response = CollectorApi.get("/api/tenants/" + tenantA + "/" + pathAndQuery,
                Account.VIEWER);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"conversations?" + WINDOW, "summary?" + WINDOW, "users", "groups", "user-sessions",
        "operational-events", "conversations/c0ffee00-1111-4222-8333-444455556666"})
    void shouldAnswerAnUnknownTenantWith404(String pathAndQuery) throws Exception {
        assertEquals(404, CollectorApi.get("/api/tenants/" + UUID.randomUUID() + "/" + pathAndQuery, Account.VIEWER)
                .statusCode());
        assertEquals(404, CollectorApi.get("/api/tenants/not-a-tenant/" + pathAndQuery, Account.VIEWER)
                .statusCode());
    }

    @Test
    void shouldServeEmptyDirectoryAndEventPagesForATenantWithoutThem() throws Exception {
        for (String list : List.of("users", "groups", "user-sessions", "operational-events")) {
            HttpResponse<String> response = CollectorApi.get("/api/tenants/" + tenantB + "/" + list, Account.VIEWER);

            assertEquals(200, response.statusCode(), response.body());
            assertFalse(CollectorApi.json(response).containsKey("nextCursor"), list);
        }
    }

    @Test
    void shouldLetOnlyAnAdminImportAndRefuseWhatIsNotAConversation() throws Exception {
        String one = SOURCE.values().iterator().next();

        assertEquals(403, CollectorApi.postJson(imports(tenantB), "[" + one + "]", Account.VIEWER).statusCode());
        assertEquals(401, CollectorApi.get("/api/tenants/" + tenantA + "/conversations?" + WINDOW, Account.NOBODY)
                .statusCode());
        assertEquals(404, importInto(UUID.randomUUID().toString(), "[" + one + "]").statusCode());
        HttpResponse<String> mixed = importInto(tenantB, "[" + one + ",{\"conversationId\":\"not-a-uuid\"}]");
        assertEquals(400, mixed.statusCode(), mixed.body());
        assertTrue(mixed.body().contains("Conversation 2"), mixed.body());
        assertEquals(400, importInto(tenantB, "{\"conversations\": [").statusCode());
        assertEquals(404, CollectorApi.get(conversation(tenantB, parse(one).getString("conversationId")),
                Account.ADMIN).statusCode(), "a refused import stores nothing");
    }

    /** An import may hold 10 MiB (API_MAX_LARGE_BODY_MB); beyond, it is refused before anything is stored. */
    @Test
    void shouldRefuseAnImportOverItsSizeStoringNothing() throws Exception {
        String one = SOURCE.values().iterator().next();
        StringBuilder body = new StringBuilder("[").append(one);
        while (body.length() <= 10 * 1024 * 1024) {
            body.append(',').append(one);
        }
        body.append(']');

        HttpResponse<String> refused = importInto(tenantB, body.toString());

        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, CollectorApi.get(conversation(tenantB, parse(one).getString("conversationId")),
                Account.ADMIN).statusCode(), "a refused import stores nothing");
    }

    private static void assertFiltered(String filter, Predicate<JsonObject> oracle) throws Exception {
        Set<String> expected = new HashSet<>();
        SOURCE.forEach((id, raw) -> {
            if (oracle.test(parse(raw))) {
                expected.add(id);
            }
        });
        List<String> listed = listAll(tenantA, WINDOW + "&" + filter, 500).stream()
                .map(c -> c.getString("conversationId")).toList();

        assertFalse(expected.isEmpty(), filter + " must match some of the day");
        assertTrue(expected.size() < SOURCE.size(), filter + " must leave some out");
        assertEquals(expected, new HashSet<>(listed), filter);
    }

    private static List<JsonObject> listAll(String tenant, String query, int limit) throws Exception {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> response = CollectorApi.get("/api/tenants/" + tenant + "/conversations?" + query
                    + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), Account.VIEWER);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = CollectorApi.json(response);
            all.addAll(page.getJsonArray("conversations").getValuesAs(JsonObject.class));
            cursor = page.getString("nextCursor", null);
        } while (cursor != null && ++pages < 1000);
        return all;
    }

    /** Counts and key values of every child, in order, as the source and the API both express them. */
    private static List<String> shape(JsonObject conversation) {
        List<String> lines = new ArrayList<>();
        for (JsonObject p : participants(conversation)) {
            lines.add("participant " + p.getString("purpose", "") + " " + p.getString("userId", ""));
            for (JsonObject s : p.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
                lines.add(" session " + s.getString("mediaType", "") + " " + s.getString("direction", ""));
                for (JsonObject g : array(s, "segments")) {
                    lines.add("  segment " + g.getString("segmentType", "") + " " + g.getString("queueId", "")
                            + " " + g.getString("disconnectType", ""));
                }
                for (JsonObject m : array(s, "metrics")) {
                    lines.add("  metric " + m.getString("name") + " " + m.getJsonNumber("value").longValue());
                }
                for (JsonObject x : array(s, "mediaEndpointStats")) {
                    JsonNumber mos = x.getJsonNumber("minMos");
                    lines.add("  stat " + (mos == null ? "" : mos.doubleValue()) + " "
                            + x.getJsonNumber("receivedPackets"));
                }
            }
        }
        return lines;
    }

    private static List<JsonObject> array(JsonObject o, String name) {
        JsonArray a = o.getJsonArray(name);
        return a == null ? List.of() : a.getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> participants(JsonObject conversation) {
        return array(conversation, "participants");
    }

    private static List<JsonObject> sessions(JsonObject conversation) {
        return participants(conversation).stream().flatMap(p -> array(p, "sessions").stream()).toList();
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String json(SimConversation c, Instant asOf) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            c.writeJson(g, asOf, false);
        }
        return out.toString();
    }

    private static String conversation(String tenant, String id) {
        return "/api/tenants/" + tenant + "/conversations/" + id;
    }

    private static String imports(String tenant) {
        return "/api/admin/tenants/" + tenant + "/conversation-imports";
    }

    private static HttpResponse<String> importInto(String tenant, String body) throws Exception {
        return CollectorApi.postJson(imports(tenant), body, Account.ADMIN);
    }

    private static String createTenant(String name) throws Exception {
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"" + name
                + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"reader\",\"clientSecret\":\"it-secret-"
                + UUID.randomUUID() + "\"}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        String id = CollectorApi.json(created).getString("id");
        assertNotNull(id);
        return id;
    }
}
