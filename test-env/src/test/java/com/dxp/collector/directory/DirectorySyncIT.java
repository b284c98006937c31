package com.dxp.collector.directory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Directory syncs of a tenant of the simulated org: every user (all states), group and membership of the simulator
 * stored, and a user removed from the org marked removed by the next sync, not deleted.
 */
@MicroShedTest
class DirectorySyncIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    static String tenant;
    static OrgDirectory directory;

    @BeforeAll
    static void verifiedTenant() throws Exception {
        tenant = VerifiedTenant.create("Directory", SimulatorForIts.FULL);
        directory = OrgDataFactory.create(SimulatorForIts.org(), SimulatorSettings.defaults()).directory();
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(tenant);
    }

    @Test
    void shouldStoreEveryUserGroupAndMembershipAndMarkAUserRemovedFromTheOrg() throws Exception {
        JsonObject first = completedSync();

        assertEquals(new HashSet<>(directory.userIds()), ids("users", "userId", null));
        assertEquals(new HashSet<>(directory.groupIds()), ids("groups", "groupId", null));
        Map<String, Set<String>> members = members();
        for (String group : directory.groupIds()) {
            assertEquals(new HashSet<>(directory.memberIds(group)), members.get(group), "members of " + group);
        }
        assertEquals(directory.userIds().size(), first.getJsonObject("figures").getJsonNumber("users").longValue());

        String leaver = directory.userIds().get(3);
        SimulatorForIts.start().control().removeUser(leaver);
        try {
            completedSync();
        } finally {
            SimulatorForIts.start().control().restoreUser(leaver);
        }

        assertEquals(Set.of(leaver), ids("users", "userId", "true"), "only the removed user is marked removed");
        assertEquals(directory.userIds().size() - 1, ids("users", "userId", "false").size());
    }

    @Test
    void shouldOnlyEstimateADryRunAndRefuseAViewer() throws Exception {
        HttpResponse<String> dry = CollectorApi.postJson(syncs() + "?dryRun=true", "", Account.ADMIN);
        assertEquals(200, dry.statusCode(), dry.body());
        assertTrue(!CollectorApi.json(dry).containsKey("run") || CollectorApi.json(dry).isNull("run"));
        assertTrue(CollectorApi.json(dry).getJsonObject("estimate").getJsonNumber("apiCalls").longValue() >= 3);
        HttpResponse<String> unclear = CollectorApi.postJson(syncs() + "?dryRun=maybe", "", Account.ADMIN);
        assertEquals(400, unclear.statusCode(), "an unclear dry run starts nothing: " + unclear.body());

        assertEquals(403, CollectorApi.postJson(syncs(), "", Account.VIEWER).statusCode());
        assertEquals(404, CollectorApi.postJson("/api/admin/tenants/" + UUID.randomUUID() + "/directory-syncs", "",
                Account.ADMIN).statusCode());
    }

    private static JsonObject completedSync() throws Exception {
        HttpResponse<String> started = CollectorApi.postJson(syncs(), "", Account.ADMIN);
        assertEquals(202, started.statusCode(), started.body());
        long id = CollectorApi.json(started).getJsonObject("run").getJsonNumber("id").longValue();
        await("directory sync " + id + " ended").atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> List.of("COMPLETED", "FAILED", "STOPPED").contains(status(id)));
        JsonObject run = CollectorApi.json(CollectorApi.get(syncs() + "/" + id, Account.ADMIN));
        assertEquals("COMPLETED", run.getJsonObject("execution").getString("status"), run.toString());
        return run;
    }

    private static String status(long id) throws Exception {
        JsonObject run = CollectorApi.json(CollectorApi.get(syncs() + "/" + id, Account.ADMIN));
        return run.get("execution") == null || run.get("execution").getValueType() == JsonValue.ValueType.NULL
                ? "UNKNOWN" : run.getJsonObject("execution").getString("status");
    }

    private static Set<String> ids(String kind, String idField, String removed) throws Exception {
        Set<String> out = new HashSet<>();
        for (JsonObject o : all(kind, removed)) {
            out.add(o.getString(idField));
        }
        return out;
    }

    private static Map<String, Set<String>> members() throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonObject g : all("groups", null)) {
            Set<String> ids = new HashSet<>();
            g.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class).forEach(s -> ids.add(s.getString()));
            out.put(g.getString("groupId"), ids);
        }
        return out;
    }

    private static List<JsonObject> all(String kind, String removed) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/tenants/" + tenant + "/" + kind + "?limit=" + (kind.equals("users") ? 1000 : 100)
                    + (removed == null ? "" : "&removed=" + removed) + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> r = CollectorApi.get(path, Account.VIEWER);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject page = CollectorApi.json(r);
            out.addAll(page.getJsonArray(kind).getValuesAs(JsonObject.class));
            cursor = !page.containsKey("nextCursor") || page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return out;
    }

    private static String syncs() {
        return "/api/admin/tenants/" + tenant + "/directory-syncs";
    }
}
