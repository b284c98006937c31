package com.dxp.collector.conversation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.data.WildCorpus;
import com.dxp.collector.genesys.simulator.events.GenesysEvents;
import com.dxp.collector.genesys.simulator.events.WildEvents;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The simulator's wild org (what real orgs serve at the edges: 10,000-character texts, NUL and other control
 * characters, lone surrogates and emoji, 200 divisions, hundreds of participants, unknown fields and enum values,
 * numbers beyond a long, ids over 100 characters, conversations open for over a week) through every path: import,
 * backfill with the query and with jobs, live enrichment from roughened events, and directory sync. Everything is
 * stored, nothing is refused, and every page of the read API answers 200.
 */
@MicroShedTest
class WildDataIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS);
    /** What the store puts at the end of a value it cut to fit its column (the server's {@code Jdbc.CUT_MARKER}). */
    private static final String CUT_MARKER = "\u2026[cut]";

    static String tenant;
    static OrgSpec org;

    @BeforeAll
    static void verifiedTenant() throws Exception {
        org = SimulatorForIts.wildOrg();
        tenant = VerifiedTenant.create("Wild", SimulatorForIts.WILD);
        VerifiedTenant.optIntoJourneySessions(tenant);
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(tenant);
    }

    @Test
    void shouldImportTheWildCorpusWholeAndReadEveryRecordBack() throws Exception {
        List<String> corpus = WildCorpus.conversations();

        HttpResponse<String> imported = CollectorApi.postJson("/api/admin/tenants/" + tenant
                + "/conversation-imports", "[" + String.join(",", corpus) + "]", Account.ADMIN);

        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(corpus.size(), CollectorApi.json(imported).getInt("received"));
        List<String> ids = WildCorpus.conversationIds();
        Set<String> longNames = new HashSet<>(WildCorpus.longNames());
        int cut = 0;
        for (int i = 0; i < ids.size(); i++) {
            HttpResponse<String> one = CollectorApi.get(path("conversations/" + ids.get(i)), Account.VIEWER);
            assertEquals(200, one.statusCode(), one.body());
            if (longNames.contains(corpus.get(i))) {
                assertTrue(one.body().contains(CUT_MARKER), "a value cut to fit its column is marked: " + ids.get(i));
                cut++;
            }
            HttpResponse<String> raw = CollectorApi.get(path("conversations/" + ids.get(i) + "/raw"), Account.VIEWER);
            assertEquals(200, raw.statusCode(), raw.body());
            assertEquals(corpus.get(i), raw.body(), "the record kept exactly as received: " + ids.get(i));
        }
        assertEquals(0, refused(), "nothing set aside");
        FaultFigures.print("WildDataIT.shouldImportTheWildCorpusWholeAndReadEveryRecordBack", corpus.size()
                + " wild records imported, each read back 200 and its raw JSON byte for byte; " + cut
                + " with 10,000-character values show the cut marker; 0 set aside");
    }

    @Test
    void shouldBackfillWildDaysWithTheQueryAndWithJobsExactly() throws Exception {
        for (String strategy : List.of("query", "jobs")) {
            Instant from = TODAY.minus(Duration.ofDays(strategy.equals("query") ? 3 : 12));
            Instant to = from.plus(Duration.ofDays(1));
            HttpResponse<String> started = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/backfills",
                    "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"strategy\":\"" + strategy + "\"}",
                    Account.ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            JsonObject run = completed(CollectorApi.json(started).getJsonObject("run").getJsonNumber("id")
                    .longValue());

            assertEquals(0, run.getJsonNumber("skipped").longValue(), run.toString());
            JsonObject sessions = run.getJsonObject("journeySessions");
            assertTrue(sessions.getBoolean("fetch"), sessions.toString());
            assertEquals(0, sessions.getJsonNumber("missing").longValue(), "every wild journey session found");
            Set<String> expected = new HashSet<>(catalog(from, to).stream().map(SimConversation::conversationId)
                    .toList());
            assertEquals(expected, readAll(from, to), strategy + ": every conversation of the day, each page 200");
            FaultFigures.print("WildDataIT.shouldBackfillWildDaysWithTheQueryAndWithJobsExactly", strategy
                    + ": a wild day of " + expected.size() + " conversations stored and read back, every page 200, "
                    + run.getJsonNumber("skipped").longValue() + " skipped");
        }
        assertEquals(0, refused(), "nothing set aside");
    }

    @Test
    void shouldStoreWildConversationsAnnouncedByRoughenedEvents() throws Exception {
        Instant hour = TODAY.minus(Duration.ofHours(15));
        List<SimConversation> conversations = catalog(hour, hour.plus(Duration.ofHours(2))).stream().limit(30)
                .toList();

        SqsForIts.publisher().publishAll(conversations.stream().map(c -> WildEvents.roughen(
                GenesysEvents.customerEnd(org.orgId(), c), org.seed())).toList());

        await("every announced wild conversation stored").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> stored(conversations) == conversations.size());
        // the health snapshot is worked out at most every 15 s
        await("nothing stuck: no enrichment waiting, no message quarantined, no record set aside").atMost(PATIENCE)
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    JsonObject facts = CollectorApi.json(CollectorApi.get("/api/admin/tenants/" + tenant + "/health",
                            Account.VIEWER)).getJsonObject("facts");
                    return facts.getJsonNumber("enrichmentBacklog").longValue() == 0
                            && facts.getJsonNumber("quarantinedWaiting").longValue() == 0
                            && facts.getJsonNumber("refusedConversations").longValue() == 0;
                });
        FaultFigures.print("WildDataIT.shouldStoreWildConversationsAnnouncedByRoughenedEvents",
                stored(conversations) + " of " + conversations.size() + " wild conversations announced by roughened"
                        + " events stored; 0 waiting, 0 quarantined, 0 set aside");
    }

    @Test
    void shouldSyncAWildDirectoryWithItsGroupOfThousands() throws Exception {
        OrgDirectory directory = OrgDataFactory.create(org, SimulatorSettings.defaults()).directory();
        String syncs = "/api/admin/tenants/" + tenant + "/directory-syncs";

        HttpResponse<String> started = CollectorApi.postJson(syncs, "", Account.ADMIN);

        assertEquals(202, started.statusCode(), started.body());
        String runPath = syncs + "/" + CollectorApi.json(started).getJsonObject("run").getJsonNumber("id").longValue();
        await("the wild directory synced").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> List.of("COMPLETED", "FAILED", "STOPPED").contains(CollectorApi.json(CollectorApi.get(
                        runPath, Account.ADMIN)).getJsonObject("execution").getString("status")));
        JsonObject run = CollectorApi.json(CollectorApi.get(runPath, Account.ADMIN));
        assertEquals("COMPLETED", run.getJsonObject("execution").getString("status"), run.toString());
        assertEquals(directory.userIds().size(), run.getJsonObject("figures").getJsonNumber("users").longValue());
        HttpResponse<String> users = CollectorApi.get(path("users?limit=1000"), Account.VIEWER);
        assertEquals(200, users.statusCode(), users.body());
        List<JsonObject> groups = readAll("groups?limit=50", "groups");
        int largest = 0;
        for (JsonObject group : groups) {
            List<String> members = group.getJsonArray("members").getValuesAs(JsonString::getString);
            assertEquals(new HashSet<>(directory.memberIds(group.getString("groupId"))), new HashSet<>(members),
                    "the members of group " + group.getString("groupId"));
            largest = Math.max(largest, members.size());
        }
        assertEquals(directory.groupIds().size(), groups.size(), "every group stored");
        OrgReferenceData reference = OrgDataFactory.create(org, SimulatorSettings.defaults()).referenceData();
        List<JsonObject> teams = readAll("teams?limit=20", "teams");
        int largestTeam = 0;
        for (JsonObject team : teams) {
            List<String> members = team.getJsonArray("members").getValuesAs(JsonString::getString);
            assertEquals(new HashSet<>(reference.teamMemberIds(team.getString("teamId"))), new HashSet<>(members),
                    "the members of team " + team.getString("teamId"));
            largestTeam = Math.max(largestTeam, members.size());
        }
        assertEquals(new HashSet<>(reference.teamIds()), ids(teams, "teamId"), "every wild team stored");
        assertEquals(new HashSet<>(reference.skillIds()), ids(readAll("skills?limit=500", "skills"), "skillId"));
        assertEquals(new HashSet<>(reference.flowIds()), ids(readAll("flows?limit=500", "flows"), "flowId"));
        assertEquals(new HashSet<>(reference.journeySegmentIds()),
                ids(readAll("journey-segments?limit=500", "journeySegments"), "segmentId"));
        FaultFigures.print("WildDataIT.shouldSyncAWildDirectoryWithItsGroupOfThousands", directory.userIds().size()
                + " wild users and " + groups.size() + " groups synced, each group's members exact, the largest "
                + largest + "; " + teams.size() + " teams, the largest of " + largestTeam + " members");
    }

    private static Set<String> ids(List<JsonObject> items, String field) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.getString(field)));
        return ids;
    }

    private static JsonObject completed(long id) throws Exception {
        String runPath = "/api/admin/tenants/" + tenant + "/backfills/" + id;
        await("wild backfill " + id + " ended").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(
                        CollectorApi.json(CollectorApi.get(runPath, Account.ADMIN)).getString("status")));
        JsonObject run = CollectorApi.json(CollectorApi.get(runPath, Account.ADMIN));
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        return run;
    }

    /** The ids of every conversation of the window, paging the read API to the end; each page must be a 200. */
    private static Set<String> readAll(Instant from, Instant to) throws Exception {
        Set<String> ids = new HashSet<>();
        readAll("conversations?from=" + from + "&to=" + to + "&limit=100", "conversations")
                .forEach(c -> ids.add(c.getString("conversationId")));
        return ids;
    }

    /** Every item of the tenant's list at {@code query} (a path with its query), paging to the end; each page a 200. */
    private static List<JsonObject> readAll(String query, String array) throws Exception {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = CollectorApi.get(path(query + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8))), Account.VIEWER);
            assertEquals(200, page.statusCode(), page.body());
            JsonObject json = CollectorApi.json(page);
            items.addAll(json.getJsonArray(array).getValuesAs(JsonObject.class));
            cursor = json.containsKey("nextCursor") && !json.isNull("nextCursor") ? json.getString("nextCursor")
                    : null;
        } while (cursor != null);
        return items;
    }

    private static int stored(List<SimConversation> conversations) throws Exception {
        int stored = 0;
        for (SimConversation c : conversations) {
            stored += CollectorApi.get(path("conversations/" + c.conversationId()), Account.VIEWER).statusCode()
                    == 200 ? 1 : 0;
        }
        return stored;
    }

    private static long refused() throws Exception {
        HttpResponse<String> page = CollectorApi.get("/api/admin/tenants/" + tenant + "/refused-conversations",
                Account.ADMIN);
        assertEquals(200, page.statusCode(), page.body());
        return CollectorApi.json(page).getJsonArray("conversations").size();
    }

    private static List<SimConversation> catalog(Instant from, Instant to) {
        return OrgDataFactory.create(org, SimulatorSettings.defaults()).conversations()
                .startingBetween(from, to, Instant.now()).toList();
    }

    private static String path(String rest) {
        return "/api/tenants/" + tenant + "/" + rest;
    }
}
