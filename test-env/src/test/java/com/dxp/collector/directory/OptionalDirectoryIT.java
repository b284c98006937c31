package com.dxp.collector.directory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.api.SimulatorControl;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The directory kinds behind the optional permissions, synced for a tenant whose client holds them all and for one
 * whose client holds only the required three: the first gets every work team (with members), routing skill (and
 * users' skills), Architect flow and journey segment equal to the simulator's, and what the org removes is marked
 * removed; the second gets none, makes no call for them, and its run says which permission would enable each.
 */
@MicroShedTest
class OptionalDirectoryIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** The directory endpoints a sync calls, as the simulator's request log names them. */
    private static final List<String> DIRECTORY_ENDPOINTS = List.of("GET /api/v2/users", "GET /api/v2/groups",
            "GET /api/v2/groups/{groupId}/members", "GET /api/v2/teams", "GET /api/v2/teams/{teamId}/members",
            "GET /api/v2/routing/skills", "GET /api/v2/flows", "GET /api/v2/journey/segments");
    private static final List<String> OPTIONAL_ENDPOINTS = DIRECTORY_ENDPOINTS.subList(3, 8);
    private static final String RESTRICTED = "restricted-2";

    static String granted;
    static String restricted;
    static OrgDirectory directory;
    static OrgReferenceData reference;

    @BeforeAll
    static void tenants() throws Exception {
        granted = VerifiedTenant.create("Optional directory", SimulatorForIts.FULL);
        // another org: one verified tenant per Genesys org
        restricted = VerifiedTenant.create("Restricted directory", RESTRICTED);
        SimulatedOrg org = OrgDataFactory.create(SimulatorForIts.org(), SimulatorSettings.defaults());
        directory = org.directory();
        reference = org.referenceData();
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(granted);
        VerifiedTenant.purge(restricted);
    }

    @Test
    void shouldCopyEveryOptionalKindOfAGrantedTenantEqualToTheOrgsAndCountItsCalls() throws Exception {
        // once before, so the measured start estimates from the store rather than probing Genesys outside the run
        completedSync(granted);
        Map<String, Long> before = directoryCalls(SimulatorForIts.FULL, DIRECTORY_ENDPOINTS);

        JsonObject run = completedSync(granted);

        Map<String, Long> after = directoryCalls(SimulatorForIts.FULL, DIRECTORY_ENDPOINTS);
        assertEquals(List.of("users", "groups", "teams", "skills", "flows", "journeySegments"),
                strings(run.getJsonArray("parts")));
        assertEquals(0, run.getJsonObject("leftOut").size(), run.toString());
        assertEquals(new HashSet<>(reference.teamIds()), ids(granted, "teams", "teamId", null));
        Map<String, Set<String>> members = members(granted);
        for (String team : reference.teamIds()) {
            assertEquals(new HashSet<>(reference.teamMemberIds(team)), members.get(team), "members of team " + team);
        }
        assertEquals(new HashSet<>(reference.skillIds()), ids(granted, "skills", "skillId", null));
        assertEquals(new HashSet<>(reference.flowIds()), ids(granted, "flows", "flowId", null));
        assertEquals(new HashSet<>(reference.journeySegmentIds()),
                ids(granted, "journey-segments", "segmentId", null));
        for (JsonObject user : all(granted, "users", null, "")) {
            String id = user.getString("userId");
            assertEquals(new HashSet<>(reference.userSkillIds(id)), user.getJsonArray("skills")
                    .getValuesAs(JsonObject.class).stream().map(s -> s.getString("skillId"))
                    .collect(java.util.stream.Collectors.toSet()), "skills of user " + id);
        }
        JsonObject figures = run.getJsonObject("figures");
        assertEquals(reference.teamIds().size(), figures.getJsonNumber("teams").longValue());
        assertEquals(reference.flowIds().size(), figures.getJsonNumber("flows").longValue());
        assertEquals(reference.teamIds().size(), figures.getJsonNumber("teamMemberships").longValue());
        long calls = 0;
        for (String endpoint : DIRECTORY_ENDPOINTS) {
            calls += after.get(endpoint) - before.get(endpoint);
        }
        assertEquals(calls, figures.getJsonNumber("apiCalls").longValue(),
                "the run counts every call the simulator served it: " + before + " -> " + after);
        String inboundCall = reference.flowType(reference.flowIds().get(0));
        assertTrue(all(granted, "flows", null, "&type=" + inboundCall.toLowerCase(java.util.Locale.ROOT)).stream()
                .allMatch(f -> f.getString("type").equals(inboundCall)), "the type filter");
    }

    @Test
    void shouldMarkWhatTheOrgRemovedOnTheNextSync() throws Exception {
        String team = reference.teamIds().get(0);
        String skill = reference.skillIds().get(0);
        String flow = reference.flowIds().get(reference.flowIds().size() - 1);
        String segment = reference.journeySegmentIds().get(0);
        completedSync(granted);
        SimulatorControl control = SimulatorForIts.start().control();
        control.removeTeam(team);
        control.removeSkill(skill);
        control.removeFlow(flow);
        control.removeJourneySegment(segment);
        try {
            completedSync(granted);
        } finally {
            control.restoreTeam(team);
            control.restoreSkill(skill);
            control.restoreFlow(flow);
            control.restoreJourneySegment(segment);
        }

        assertEquals(Set.of(team), ids(granted, "teams", "teamId", "true"));
        assertEquals(Set.of(skill), ids(granted, "skills", "skillId", "true"));
        assertEquals(Set.of(flow), ids(granted, "flows", "flowId", "true"));
        assertEquals(Set.of(segment), ids(granted, "journey-segments", "segmentId", "true"));
        assertEquals(reference.teamIds().size() - 1, ids(granted, "teams", "teamId", "false").size());
    }

    @Test
    void shouldCopyNothingOptionalForARestrictedTenantAndSayWhatWouldEnableIt() throws Exception {
        HttpResponse<String> dry = CollectorApi.postJson(syncs(restricted) + "?dryRun=true", "", Account.ADMIN);
        assertEquals(200, dry.statusCode(), dry.body());
        JsonObject estimate = CollectorApi.json(dry).getJsonObject("estimate");
        assertEquals(List.of("users", "groups"), strings(estimate.getJsonArray("parts")));
        Map<String, Long> before = directoryCalls(RESTRICTED, OPTIONAL_ENDPOINTS);

        JsonObject run = completedSync(restricted);

        assertEquals(before, directoryCalls(RESTRICTED, OPTIONAL_ENDPOINTS), "no call for what is not granted");
        assertEquals(List.of("users", "groups"), strings(run.getJsonArray("parts")));
        JsonObject leftOut = run.getJsonObject("leftOut");
        assertEquals(Set.of("teams", "skills", "flows", "journeySegments"), leftOut.keySet());
        assertTrue(leftOut.getString("teams").contains("groups:team:view"), leftOut.toString());
        assertTrue(leftOut.getString("skills").contains("routing:skill:view"), leftOut.toString());
        assertTrue(leftOut.getString("flows").contains("architect:flow:view"), leftOut.toString());
        assertTrue(leftOut.getString("journeySegments").contains("journey:segment:view"), leftOut.toString());
        for (String kind : List.of("teams", "skills", "flows", "journey-segments")) {
            assertEquals(List.of(), all(restricted, kind, null, ""), kind);
        }
        assertTrue(all(restricted, "users", null, "").stream()
                .allMatch(u -> u.getJsonArray("skills").isEmpty()), "no user skills without routing:skill:view");
        assertFalse(run.getJsonObject("figures").containsKey("teams"));
    }

    private static JsonObject completedSync(String tenant) throws Exception {
        HttpResponse<String> started = CollectorApi.postJson(syncs(tenant), "", Account.ADMIN);
        assertEquals(202, started.statusCode(), started.body());
        long id = CollectorApi.json(started).getJsonObject("run").getJsonNumber("id").longValue();
        await("directory sync " + id + " ended").atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> List.of("COMPLETED", "FAILED", "STOPPED").contains(status(tenant, id)));
        JsonObject run = CollectorApi.json(CollectorApi.get(syncs(tenant) + "/" + id, Account.ADMIN));
        assertEquals("COMPLETED", run.getJsonObject("execution").getString("status"), run.toString());
        return run;
    }

    private static String status(String tenant, long id) throws Exception {
        JsonObject run = CollectorApi.json(CollectorApi.get(syncs(tenant) + "/" + id, Account.ADMIN));
        return run.get("execution") == null || run.get("execution").getValueType() == JsonValue.ValueType.NULL
                ? "UNKNOWN" : run.getJsonObject("execution").getString("status");
    }

    private static Map<String, Long> directoryCalls(String client, List<String> endpoints) {
        Map<String, Long> calls = new HashMap<>();
        for (String endpoint : endpoints) {
            calls.put(endpoint, SimulatorForIts.start().control().requests().count(client, endpoint));
        }
        return calls;
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Set<String> ids(String tenant, String kind, String idField, String removed) throws Exception {
        Set<String> out = new HashSet<>();
        for (JsonObject o : all(tenant, kind, removed, "")) {
            out.add(o.getString(idField));
        }
        return out;
    }

    private static Map<String, Set<String>> members(String tenant) throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonObject t : all(tenant, "teams", null, "")) {
            Set<String> ids = new HashSet<>();
            t.getJsonArray("members").getValuesAs(JsonString.class).forEach(s -> ids.add(s.getString()));
            out.put(t.getString("teamId"), ids);
        }
        return out;
    }

    /** Every entity of a read endpoint, page by page ({@code more}: extra query parameters). */
    private static List<JsonObject> all(String tenant, String kind, String removed, String more) throws Exception {
        String field = switch (kind) {
            case "journey-segments" -> "journeySegments";
            default -> kind;
        };
        List<JsonObject> out = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/tenants/" + tenant + "/" + kind + "?limit=" + (kind.equals("teams") ? 7 : 100)
                    + (removed == null ? "" : "&removed=" + removed) + more
                    + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> r = CollectorApi.get(path, Account.VIEWER);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject page = CollectorApi.json(r);
            out.addAll(page.getJsonArray(field).getValuesAs(JsonObject.class));
            cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return out;
    }

    private static String syncs(String tenant) {
        return "/api/admin/tenants/" + tenant + "/directory-syncs";
    }
}
