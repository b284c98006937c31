package com.dxp.collector.conversation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.backfill.BackfillRuns;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What the optional permissions add to conversations: participant attributes from analytics job results (stored and
 * filterable for a tenant that grants {@code conversation:participant:attributesview}, absent for one that does
 * not), and the team and flow filters and the summary's breakdowns, each equal to what the simulator's own records
 * say.
 */
@MicroShedTest
class OptionalConversationDataIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String RESTRICTED = "restricted-2";
    /** A day old enough that a jobs backfill reads it (before the data availability date). */
    private static final Instant FROM = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(20));
    private static final Instant TO = FROM.plus(Duration.ofDays(1));

    static String granted;
    static String restricted;
    static List<JsonObject> records;
    static OrgReferenceData reference;
    static JsonObject grantedRun;
    static JsonObject restrictedRun;
    static long restrictedSessionCallsDuringRun;

    @BeforeAll
    static void backfilledTenants() throws Exception {
        granted = VerifiedTenant.create("Attributes", SimulatorForIts.FULL);
        restricted = VerifiedTenant.create("No attributes", RESTRICTED);
        VerifiedTenant.optIntoJourneySessions(granted);
        VerifiedTenant.optIntoJourneySessions(restricted);
        syncDirectory(granted);
        grantedRun = BackfillRuns.completed(granted, BackfillRuns.start(granted, FROM, TO, "jobs"), PATIENCE);
        long sessionCalls = restrictedSessionCalls();
        restrictedRun = BackfillRuns.completed(restricted, BackfillRuns.start(restricted, FROM, TO, "jobs"),
                PATIENCE);
        restrictedSessionCallsDuringRun = restrictedSessionCalls() - sessionCalls;
        records = BackfillRuns.catalog(FROM, TO).stream().map(c -> json(c, true)).toList();
        reference = OrgDataFactory.create(SimulatorForIts.org(), SimulatorSettings.defaults()).referenceData();
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(granted);
        VerifiedTenant.purge(restricted);
    }

    @Test
    void shouldStoreTheJobResultsAttributesAndFindConversationsByThem() throws Exception {
        Map.Entry<String, String> attribute = sharedAttribute(records);
        Set<String> expected = ids(r -> participants(r).stream().anyMatch(p -> attributes(p).entrySet().stream()
                .anyMatch(e -> e.getKey().equals(attribute.getKey()) && e.getValue().equals(attribute.getValue()))));

        Set<String> found = listed(granted, "&attribute=" + URLEncoder.encode(attribute.getKey() + ":"
                + attribute.getValue(), StandardCharsets.UTF_8));

        assertEquals(expected, found, "conversations with " + attribute);
        String one = expected.iterator().next();
        JsonObject detail = CollectorApi.json(CollectorApi.get("/api/tenants/" + granted + "/conversations/" + one,
                Account.VIEWER));
        assertTrue(detail.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.containsKey("attributes") && !p.isNull("attributes")
                        && attribute.getValue().equals(p.getJsonObject("attributes").getString(attribute.getKey(),
                                null))), detail.toString());
    }

    @Test
    void shouldStoreNoAttributesForATenantThatDidNotGrantThem() throws Exception {
        List<JsonObject> theirs = OrgDataFactory.create(SimulatorForIts.liveOrg(), SimulatorSettings.defaults())
                .conversations().startingBetween(FROM, TO, Instant.now()).map(c -> json(c, true)).toList();
        Map.Entry<String, String> attribute = sharedAttribute(theirs);
        assertTrue(BackfillRuns.stored(restricted, FROM, TO) > 0, "the day was backfilled");

        assertEquals(Set.of(), listed(restricted, "&attribute=" + URLEncoder.encode(attribute.getKey() + ":"
                + attribute.getValue(), StandardCharsets.UTF_8)));
        String one = theirs.get(0).getString("conversationId");
        JsonObject detail = CollectorApi.json(CollectorApi.get("/api/tenants/" + restricted + "/conversations/"
                + one, Account.VIEWER));
        assertTrue(detail.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> !p.containsKey("attributes") || p.isNull("attributes")), detail.toString());
    }

    @Test
    void shouldFindConversationsByTeamAndFlowAndBreakTheSummaryDownAsTheRecordsSay() throws Exception {
        String team = reference.teamIds().stream().filter(t -> !teamConversations(t).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no team took a conversation that day"));
        String flow = records.stream().flatMap(r -> flowIds(r).stream()).findFirst().orElseThrow();

        assertEquals(teamConversations(team), listed(granted, "&teamId=" + team), "team " + team);
        assertEquals(ids(r -> flowIds(r).contains(flow)), listed(granted, "&flowId=" + flow), "flow " + flow);

        JsonObject summary = CollectorApi.json(CollectorApi.get("/api/tenants/" + granted + "/summary?from=" + FROM
                + "&to=" + TO, Account.VIEWER));
        Map<String, Long> byTeam = counts(summary, "byTeam");
        assertEquals((long) teamConversations(team).size(), byTeam.get(team), "summary of team " + team);
        Map<String, Long> byQueue = counts(summary, "byQueue");
        Map<String, Long> expectedQueues = new TreeMap<>();
        for (SimConversation c : BackfillRuns.catalog(FROM, TO)) {
            c.queueIds().forEach(q -> expectedQueues.merge(q, 1L, Long::sum));
        }
        assertEquals(expectedQueues, new TreeMap<>(byQueue), "conversations per queue");
        assertTrue(summary.getJsonArray("byTeam").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("id").equals(team)).allMatch(t -> t.getString("name")
                        .equals(reference.teamName(team))), "the team's name from the directory");
    }

    @Test
    void shouldFetchEveryJourneySessionTheDaysConversationsNameForATenantThatOptedInAndGrantsThem() throws Exception {
        Set<String> expected = new HashSet<>();
        records.forEach(r -> expected.addAll(reference.journeySessionIds(r.getString("conversationId"))));
        assertFalse(expected.isEmpty(), "the simulator's day has conversations with journey sessions");

        for (String session : expected) {
            HttpResponse<String> r = CollectorApi.get("/api/tenants/" + granted + "/journey-sessions/" + session,
                    Account.VIEWER);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject stored = CollectorApi.json(r);
            assertTrue(stored.getBoolean("found"), stored.toString());
            assertEquals(session, Json.createReader(new StringReader(stored.getString("rawJson"))).readObject()
                    .getString("id"));
        }
        JsonObject sessions = grantedRun.getJsonObject("journeySessions");
        assertTrue(sessions.getBoolean("fetch"), sessions.toString());
        assertEquals(expected.size(), sessions.getJsonNumber("stored").longValue());
        assertEquals(0, sessions.getJsonNumber("missing").longValue());
        assertTrue(grantedRun.getJsonObject("estimate").getJsonNumber("journeySessions").longValue() >= 0);
    }

    @Test
    void shouldFetchNoJourneySessionWithoutThePermissionAndSayWhichOneWouldEnableIt() throws Exception {
        JsonObject sessions = restrictedRun.getJsonObject("journeySessions");

        assertFalse(sessions.getBoolean("fetch"), sessions.toString());
        assertTrue(sessions.getString("reason").contains("journey:session:view"), sessions.toString());
        assertEquals(0, sessions.getJsonNumber("stored").longValue());
        assertEquals(0, restrictedSessionCallsDuringRun, "no journey session asked for during its run");
        assertTrue(restrictedRun.getJsonObject("leftOut").getString("participantAttributes")
                .contains("conversation:participant:attributesview"), restrictedRun.toString());
        assertTrue(restrictedRun.getJsonObject("leftOut").getString("journeySessions")
                .contains("journey:session:view"), restrictedRun.toString());
        assertFalse(grantedRun.getJsonObject("leftOut").containsKey("participantAttributes"), grantedRun.toString());
    }

    private static long restrictedSessionCalls() {
        return SimulatorForIts.start().control().requests().count(RESTRICTED,
                "GET /api/v2/journey/sessions/{sessionId}");
    }

    /** The day's conversations with an agent of the team: by its recorded teamId or its user's membership. */
    private static Set<String> teamConversations(String team) {
        Set<String> members = new HashSet<>(reference.teamMemberIds(team));
        return ids(r -> participants(r).stream().anyMatch(p -> team.equals(p.getString("teamId", null))
                || (p.containsKey("userId") && members.contains(p.getString("userId")))));
    }

    private static void syncDirectory(String tenant) throws Exception {
        String syncs = "/api/admin/tenants/" + tenant + "/directory-syncs";
        HttpResponse<String> started = CollectorApi.postJson(syncs, "", Account.ADMIN);
        assertEquals(202, started.statusCode(), started.body());
        String run = syncs + "/" + CollectorApi.json(started).getJsonObject("run").getJsonNumber("id").longValue();
        await("directory sync " + run + " completed").atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    JsonValue execution = CollectorApi.json(CollectorApi.get(run, Account.ADMIN)).get("execution");
                    return execution instanceof JsonObject e && e.getString("status").equals("COMPLETED");
                });
    }

    /** A key and value some but not all of the conversations have on a participant. */
    private static Map.Entry<String, String> sharedAttribute(List<JsonObject> of) {
        Map<Map.Entry<String, String>, Integer> seen = new HashMap<>();
        for (JsonObject r : of) {
            Set<Map.Entry<String, String>> mine = new HashSet<>();
            participants(r).forEach(p -> mine.addAll(attributes(p).entrySet()));
            mine.forEach(e -> seen.merge(e, 1, Integer::sum));
        }
        return seen.entrySet().stream().filter(e -> e.getValue() > 1 && e.getValue() < of.size())
                .filter(e -> !e.getKey().getKey().contains(":")).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("no attribute shared by some conversations"));
    }

    private static Set<String> ids(Predicate<JsonObject> oracle) {
        Set<String> out = new HashSet<>();
        records.stream().filter(oracle).forEach(r -> out.add(r.getString("conversationId")));
        return out;
    }

    private static List<JsonObject> participants(JsonObject record) {
        return record.containsKey("participants")
                ? record.getJsonArray("participants").getValuesAs(JsonObject.class) : List.of();
    }

    private static Map<String, String> attributes(JsonObject participant) {
        Map<String, String> out = new HashMap<>();
        if (participant.get("attributes") instanceof JsonObject a) {
            a.forEach((k, v) -> {
                if (v instanceof JsonString s) {
                    out.put(k, s.getString());
                }
            });
        }
        return out;
    }

    private static Set<String> flowIds(JsonObject record) {
        Set<String> out = new HashSet<>();
        for (JsonObject p : participants(record)) {
            if (p.get("sessions") instanceof jakarta.json.JsonArray sessions) {
                for (JsonObject s : sessions.getValuesAs(JsonObject.class)) {
                    if (s.get("flow") instanceof JsonObject f && f.get("flowId") instanceof JsonString id) {
                        out.add(id.getString());
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Long> counts(JsonObject summary, String field) {
        Map<String, Long> out = new HashMap<>();
        summary.getJsonArray(field).getValuesAs(JsonObject.class)
                .forEach(g -> out.put(g.getString("id"), g.getJsonNumber("conversations").longValue()));
        return out;
    }

    /** The ids of the tenant's conversations of the day that match {@code filters}, every page. */
    private static Set<String> listed(String tenant, String filters) throws Exception {
        Set<String> out = new HashSet<>();
        String cursor = null;
        do {
            HttpResponse<String> r = CollectorApi.get("/api/tenants/" + tenant + "/conversations?from=" + FROM
                    + "&to=" + TO + "&limit=500" + filters + (cursor == null ? "" : "&cursor=" + cursor),
                    Account.VIEWER);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject page = CollectorApi.json(r);
            page.getJsonArray("conversations").getValuesAs(JsonObject.class)
                    .forEach(c -> out.add(c.getString("conversationId")));
            cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return out;
    }

    private static JsonObject json(SimConversation c, boolean withAttributes) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.createGenerator(text)) {
            c.writeJson(out, Instant.now(), withAttributes);
        }
        return Json.createReader(new StringReader(text.toString())).readObject();
    }
}
