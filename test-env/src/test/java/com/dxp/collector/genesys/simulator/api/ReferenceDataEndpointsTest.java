package com.dxp.collector.genesys.simulator.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.FlowEntityListing;
import com.mypurecloud.sdk.v2.model.JourneySegment;
import com.mypurecloud.sdk.v2.model.RoutingSkill;
import com.mypurecloud.sdk.v2.model.SegmentListing;
import com.mypurecloud.sdk.v2.model.Session;
import com.mypurecloud.sdk.v2.model.SkillEntityListing;
import com.mypurecloud.sdk.v2.model.Team;
import com.mypurecloud.sdk.v2.model.TeamEntityListing;
import com.mypurecloud.sdk.v2.model.TeamMemberEntityListing;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import com.mypurecloud.sdk.v2.model.UserReferenceWithName;
import com.mypurecloud.sdk.v2.model.UserRoutingSkill;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoints behind the optional permissions, serving a generated tidy org and a wild one: every page reads
 * into the SDK's model, paging visits every entity once, the permissions gate, removal takes entities out, and
 * journey sessions are found by the ids conversations name.
 */
class ReferenceDataEndpointsTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");
    private static final String FULL = "full";
    private static final String REQUIRED = "required";
    private static final String NO_ATTRIBUTES = "no-attributes";
    private static final String WILD = "wild";
    private static final OrgSpec TIDY_SPEC = new OrgSpec(UUID.fromString("5b1b2c3d-0000-4e5f-8a9b-112233445566"),
            "Tidy Reference Org", 11, 3_000, 60, 6, List.of(
                    new ClientSpec(FULL, "s", GenesysPermissions.all()),
                    new ClientSpec(REQUIRED, "s", Set.copyOf(GenesysPermissions.REQUIRED)),
                    new ClientSpec(NO_ATTRIBUTES, "s", allBut(GenesysPermissions.PARTICIPANT_ATTRIBUTES_VIEW))));
    private static final OrgSpec WILD_SPEC = new OrgSpec(UUID.fromString("5b1b2c3d-0000-4e5f-8a9b-665544332211"),
            "Wild Reference Org", 12, 3_000, 60, 6, List.of(new ClientSpec(WILD, "s", GenesysPermissions.all())))
            .withWildData();

    private static SimulatedOrg tidy;
    private static SimulatedOrg wild;
    private static MutableClock clock;
    private static GenesysSimulator simulator;
    private static SimClient client;

    @BeforeAll
    static void start() {
        SimulatorSettings settings = SimulatorSettings.defaults().withRequestsPerMinute(100_000);
        tidy = OrgDataFactory.create(TIDY_SPEC, settings);
        wild = OrgDataFactory.create(WILD_SPEC, settings);
        clock = new MutableClock(NOW);
        simulator = GenesysSimulator.builder().org(tidy).org(wild).settings(settings).clock(clock).build().start();
        client = new SimClient(simulator.baseUri());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** One listing: its path, its SDK model, and the ids the org's reference data says it holds. */
    record Listing(String name, Function<OrgReferenceData, String> path, Class<?> model, boolean cursor,
                   Function<OrgReferenceData, List<String>> expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Listing> listings() {
        return List.of(
                new Listing("teams", d -> "/api/v2/teams", TeamEntityListing.class, true, OrgReferenceData::teamIds),
                new Listing("members of the largest team", d -> "/api/v2/teams/" + largestTeam(d) + "/members",
                        TeamMemberEntityListing.class, true, d -> d.teamMemberIds(largestTeam(d))),
                new Listing("skills", d -> "/api/v2/routing/skills", SkillEntityListing.class, false,
                        OrgReferenceData::skillIds),
                new Listing("flows", d -> "/api/v2/flows", FlowEntityListing.class, false, OrgReferenceData::flowIds),
                new Listing("journey segments", d -> "/api/v2/journey/segments", SegmentListing.class, false,
                        OrgReferenceData::journeySegmentIds));
    }

    static Stream<Arguments> listingsOfBothOrgs() {
        return listings().stream().flatMap(l -> Stream.of(Arguments.of(l, false), Arguments.of(l, true)));
    }

    @ParameterizedTest(name = "{0}, wild {1}")
    @MethodSource("listingsOfBothOrgs")
    void shouldVisitEveryEntityExactlyOnceInTheSdkModelWhenPaging(Listing listing, boolean wildOrg) {
        SimulatedOrg org = wildOrg ? wild : tidy;
        String token = token(wildOrg ? WILD : FULL);
        List<String> expected = listing.expected().apply(org.referenceData());
        int pageSize = wildOrg && listing.cursor() ? 97 : 4;

        List<String> visited = walk(org, listing, token, pageSize);

        assertFalse(expected.isEmpty(), "the org has " + listing);
        assertEquals(expected, visited);
        assertEquals(expected.size(), new HashSet<>(visited).size(), "no entity twice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v2/teams?pageSize=101", "/api/v2/routing/skills?pageSize=501", "/api/v2/flows?pageSize=501",
        "/api/v2/journey/segments?pageSize=501", "/api/v2/teams?after=not-a-cursor", "/api/v2/flows?sortBy=color",
        "/api/v2/journey/segments?isActive=maybe"})
    void shouldRefuseInvalidListingParameters(String path) {
        HttpResponse<String> response = client.get(path, token(FULL));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("bad.request", GenesysSchemaOracle.read(response.body(), ErrorBody.class).getCode());
    }

    @Test
    void shouldRefuseAMemberPageAboveTheMaximum() {
        String teamId = tidy.referenceData().teamIds().get(0);

        assertEquals(400, client.get("/api/v2/teams/" + teamId + "/members?pageSize=101", token(FULL)).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"groups:team:view, /api/v2/teams", "groups:team:view, /api/v2/teams/TEAM/members",
        "routing:skill:view, /api/v2/routing/skills", "architect:flow:view, /api/v2/flows",
        "journey:segment:view, /api/v2/journey/segments", "journey:session:view, /api/v2/journey/sessions/SESSION"})
    void shouldRefuseAClientWithoutThePermission(String permission, String path) {
        String resolved = path.replace("TEAM", tidy.referenceData().teamIds().get(0))
                .replace("SESSION", journeySession().sessionId());

        HttpResponse<String> response = client.get(resolved, token(REQUIRED));

        assertEquals(403, response.statusCode());
        ErrorBody error = GenesysSchemaOracle.read(response.body(), ErrorBody.class);
        assertEquals("missing.any.permissions", error.getCode());
        assertEquals("Unable to perform the requested action. You must have at least one of the following "
                + "permissions assigned: [" + permission + "]", error.getMessage());
    }

    @Test
    void shouldShowTeamsWithTheirDivisionNameOnlyWhenExpanded() {
        Team plain = GenesysSchemaOracle.read(client.get("/api/v2/teams", token(FULL)).body(),
                TeamEntityListing.class).getEntities().get(0);
        Team expanded = GenesysSchemaOracle.read(client.get("/api/v2/teams?expand=entities.division", token(FULL))
                .body(), TeamEntityListing.class).getEntities().get(0);

        assertNull(plain.getDivision().getName());
        assertEquals("Home", expanded.getDivision().getName());
        assertEquals(tidy.referenceData().teamMemberIds(plain.getId()).size(), plain.getMemberCount().intValue());
    }

    @Test
    void shouldFilterTeamsSkillsFlowsAndSegments() {
        OrgReferenceData data = tidy.referenceData();
        String team = data.teamName(data.teamIds().get(1));
        String skillId = data.skillIds().get(2);

        List<Team> teams = read("/api/v2/teams?name=" + encode(team.substring(0, 5).toLowerCase()),
                TeamEntityListing.class).getEntities();
        List<RoutingSkill> skills = read("/api/v2/routing/skills?id=" + skillId, SkillEntityListing.class)
                .getEntities();
        List<Flow> calls = read("/api/v2/flows?type=inboundcall", FlowEntityListing.class).getEntities();
        List<Flow> byName = read("/api/v2/flows?name=main*", FlowEntityListing.class).getEntities();
        List<Flow> sorted = read("/api/v2/flows?sortBy=name&sortOrder=desc&pageSize=100", FlowEntityListing.class)
                .getEntities();
        List<JourneySegment> inactive = read("/api/v2/journey/segments?isActive=false&pageSize=100",
                SegmentListing.class).getEntities();

        assertTrue(teams.stream().allMatch(t -> t.getName().regionMatches(true, 0, team, 0, 5)) && !teams.isEmpty());
        assertEquals(List.of(skillId), skills.stream().map(RoutingSkill::getId).toList());
        assertTrue(calls.stream().allMatch(f -> f.getType() == Flow.TypeEnum.INBOUNDCALL) && !calls.isEmpty());
        assertEquals(List.of("Main IVR"), byName.stream().map(Flow::getName).toList());
        assertEquals(sorted.stream().map(Flow::getName).sorted(Comparator.reverseOrder()).toList(),
                sorted.stream().map(Flow::getName).toList());
        assertEquals(data.journeySegmentIds().stream().filter(id -> !data.journeySegmentActive(id)).toList(),
                inactive.stream().map(JourneySegment::getId).toList());
    }

    @Test
    void shouldWalkTeamMembersBackwardsWithBeforeCursors() {
        String teamId = largestTeam(tidy.referenceData());
        String path = "/api/v2/teams/" + teamId + "/members?pageSize=2";
        String last = path;
        for (String next = path; next != null; ) {
            last = next;
            next = read(next, TeamMemberEntityListing.class).getNextUri();
        }
        List<String> backwards = new ArrayList<>();
        for (String previous = last; previous != null; ) {
            TeamMemberEntityListing page = read(previous, TeamMemberEntityListing.class);
            backwards.addAll(0, page.getEntities().stream().map(UserReferenceWithName::getId).toList());
            previous = page.getPreviousUri();
        }

        assertEquals(tidy.referenceData().teamMemberIds(teamId), backwards);
    }

    @Test
    void shouldExpandUsersSkillsOnlyForAClientHoldingTheSkillPermission() {
        String path = "/api/v2/users?pageSize=100&expand=skills";
        List<User> withSkills = read(path, UserEntityListing.class).getEntities();
        List<User> without = GenesysSchemaOracle.read(client.get(path, token(REQUIRED)).body(),
                UserEntityListing.class).getEntities();

        for (User user : withSkills) {
            assertEquals(tidy.referenceData().userSkillIds(user.getId()),
                    user.getSkills().stream().map(UserRoutingSkill::getId).toList(), user.getName());
        }
        assertTrue(withSkills.stream().anyMatch(u -> !u.getSkills().isEmpty()));
        assertTrue(without.stream().allMatch(u -> u.getSkills() == null || u.getSkills().isEmpty()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"team", "skill", "flow", "journey segment"})
    void shouldLeaveARemovedEntityOutOfItsListingUntilRestored(String kind) {
        OrgReferenceData data = tidy.referenceData();
        SimulatorControl control = simulator.control();
        Listing listing = listings().stream().filter(l -> l.name().startsWith(kind)).findFirst().orElseThrow();
        String id = listing.expected().apply(data).get(1);
        Consumer<String> remove = switch (kind) {
            case "team" -> control::removeTeam;
            case "skill" -> control::removeSkill;
            case "flow" -> control::removeFlow;
            default -> control::removeJourneySegment;
        };
        Consumer<String> restore = switch (kind) {
            case "team" -> control::restoreTeam;
            case "skill" -> control::restoreSkill;
            case "flow" -> control::restoreFlow;
            default -> control::restoreJourneySegment;
        };

        remove.accept(id);
        List<String> whileRemoved;
        try {
            whileRemoved = walk(tidy, listing, token(FULL), 100);
        } finally {
            restore.accept(id);
        }

        assertEquals(listing.expected().apply(data).stream().filter(i -> !i.equals(id)).toList(), whileRemoved);
        assertEquals(listing.expected().apply(data), walk(tidy, listing, token(FULL), 100));
    }

    @Test
    void shouldLeaveARemovedTeamMemberOutAndAnswer404ForARemovedTeam() {
        String teamId = largestTeam(tidy.referenceData());
        List<String> members = tidy.referenceData().teamMemberIds(teamId);
        SimulatorControl control = simulator.control();
        Listing listing = listings().get(1);

        control.removeTeamMember(teamId, members.get(0));
        List<String> shown = walk(tidy, listing, token(FULL), 100);
        control.restoreTeamMember(teamId, members.get(0));
        control.removeTeam(teamId);
        int status = client.get("/api/v2/teams/" + teamId + "/members", token(FULL)).statusCode();
        control.restoreTeam(teamId);

        assertEquals(members.subList(1, members.size()), shown);
        assertEquals(404, status);
    }

    @Test
    void shouldRemoveAndRestoreThroughTheControlApi() {
        Listing flows = listings().get(3);
        String flowId = tidy.referenceData().flowIds().get(0);
        String teamId = largestTeam(tidy.referenceData());
        String memberId = tidy.referenceData().teamMemberIds(teamId).get(0);

        int removed = control("DELETE", "/simulator/removed/flows/" + flowId);
        int memberRemoved = control("DELETE", "/simulator/removed/teams/" + teamId + "/members/" + memberId);
        List<String> whileRemoved = walk(tidy, flows, token(FULL), 100);
        List<String> membersWhileRemoved = walk(tidy, listings().get(1), token(FULL), 100);
        int restored = control("POST", "/simulator/removed/flows/" + flowId + "/restore");
        control("POST", "/simulator/removed/teams/" + teamId + "/members/" + memberId + "/restore");

        assertEquals(List.of(204, 204, 204), List.of(removed, memberRemoved, restored));
        assertFalse(whileRemoved.contains(flowId));
        assertFalse(membersWhileRemoved.contains(memberId));
        assertEquals(tidy.referenceData().flowIds(), walk(tidy, flows, token(FULL), 100));
        assertEquals(404, control("DELETE", "/simulator/removed/queues/" + flowId));
    }

    @Test
    void shouldServeTheJourneySessionAConversationNames() {
        JourneyLink link = journeySession();

        HttpResponse<String> response = client.get("/api/v2/journey/sessions/" + link.sessionId(), token(FULL));

        assertEquals(200, response.statusCode(), response.body());
        Session session = GenesysSchemaOracle.read(response.body(), Session.class);
        assertEquals(link.sessionId(), session.getId());
        assertEquals(link.conversationId(), session.getConversation().getId());
        assertEquals(List.of(link.sessionId()), tidy.referenceData().journeySessionIds(link.conversationId()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5e400000-aaaa-4bbb-8ccc-dddddddddddd", "not-a-uuid"})
    void shouldAnswer404ForASessionNoConversationNames(String sessionId) {
        HttpResponse<String> response = client.get("/api/v2/journey/sessions/" + sessionId, token(FULL));

        assertEquals(404, response.statusCode());
        assertEquals("not.found", GenesysSchemaOracle.read(response.body(), ErrorBody.class).getCode());
    }

    @Test
    void shouldReadWildJourneySessionsLeniently() {
        JsonNode conversation = conversationsOfAnHour(WILD).stream()
                .filter(c -> !c.findValuesAsText("journeyCustomerSessionId").isEmpty()).findFirst().orElseThrow();
        String sessionId = conversation.findValuesAsText("journeyCustomerSessionId").get(0);

        String body = client.get("/api/v2/journey/sessions/" + sessionId, token(WILD)).body();

        assertEquals(sessionId, GenesysSchemaOracle.readLenient(body, Session.class).getId());
        assertThrows(AssertionError.class, () -> GenesysSchemaOracle.read(body, Session.class),
                "a wild session carries a field the SDK does not know");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"full, true", "no-attributes, false"})
    void shouldWriteParticipantAttributesInJobResultsOnlyWithTheAttributesPermission(String clientId,
                                                                                     boolean expected) {
        String token = token(clientId);
        HttpResponse<String> submitted = client.post("/api/v2/analytics/conversations/details/jobs", token,
                "{\"interval\":\"2026-05-19T08:00:00.000Z/2026-05-19T09:00:00.000Z\"}");
        String status = "/api/v2/analytics/conversations/details/jobs/"
                + SimClient.tree(submitted.body()).get("jobId").asText();
        await("job fulfilled").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return "FULFILLED".equals(SimClient.tree(client.get(status, token).body()).get("state").asText());
        });

        AnalyticsConversationAsyncQueryResponse results = GenesysSchemaOracle.read(
                client.get(status + "/results?pageSize=1000", token).body(),
                AnalyticsConversationAsyncQueryResponse.class);

        assertFalse(results.getConversations().isEmpty());
        assertEquals(expected, results.getConversations().stream().flatMap(c -> c.getParticipants().stream())
                .anyMatch(p -> p.getAttributes() != null && !p.getAttributes().isEmpty()));
    }

    @Test
    void shouldServeTheSameBytesForTheSameSeed() {
        SimulatedOrg again = OrgDataFactory.create(TIDY_SPEC, SimulatorSettings.defaults());
        try (GenesysSimulator other = GenesysSimulator.builder().org(again).clock(new MutableClock(NOW)).build()
                .start()) {
            SimClient otherClient = new SimClient(other.baseUri());
            String otherToken = otherClient.token(FULL, "s");
            for (Listing listing : listings()) {
                String path = listing.path().apply(tidy.referenceData()) + "?pageSize=50";
                assertEquals(client.get(path, token(FULL)).body(), otherClient.get(path, otherToken).body(),
                        listing.name());
            }
            String session = "/api/v2/journey/sessions/" + journeySession().sessionId();
            assertEquals(client.get(session, token(FULL)).body(), otherClient.get(session, otherToken).body());
        }
    }

    /** A journey session id and the conversation that names it, found in the details of an hour. */
    record JourneyLink(String conversationId, String sessionId) {
    }

    private static JourneyLink journeySession() {
        JsonNode conversation = conversationsOfAnHour(FULL).stream()
                .filter(c -> !c.findValuesAsText("journeyCustomerSessionId").isEmpty()).findFirst().orElseThrow();
        return new JourneyLink(conversation.get("conversationId").asText(),
                conversation.findValuesAsText("journeyCustomerSessionId").get(0));
    }

    private static List<JsonNode> conversationsOfAnHour(String clientId) {
        HttpResponse<String> page = client.post("/api/v2/analytics/conversations/details/query", token(clientId),
                "{\"interval\":\"2026-05-19T10:00:00.000Z/2026-05-19T11:00:00.000Z\","
                        + "\"paging\":{\"pageSize\":100,\"pageNumber\":1}}");
        assertEquals(200, page.statusCode(), page.body());
        List<JsonNode> conversations = new ArrayList<>();
        SimClient.tree(page.body()).get("conversations").forEach(conversations::add);
        return conversations;
    }

    /** Follows nextUri (cursor listings) or page numbers to the end, reading each page into the SDK model. */
    private static List<String> walk(SimulatedOrg org, Listing listing, String token, int pageSize) {
        String path = listing.path().apply(org.referenceData()) + "?pageSize=" + pageSize;
        List<String> ids = new ArrayList<>();
        for (int page = 1; path != null && page < 1_000; page++) {
            HttpResponse<String> response = client.get(path, token);
            assertEquals(200, response.statusCode(), response.body());
            GenesysSchemaOracle.readFor(org.spec(), response.body(), listing.model());
            JsonNode tree = SimClient.tree(response.body());
            tree.get("entities").forEach(e -> ids.add(e.get("id").asText()));
            if (listing.cursor()) {
                path = tree.hasNonNull("nextUri") ? tree.get("nextUri").asText() : null;
            } else {
                assertEquals(page, tree.get("pageNumber").asInt());
                path = page < tree.get("pageCount").asInt()
                        ? listing.path().apply(org.referenceData()) + "?pageSize=" + pageSize + "&pageNumber="
                        + (page + 1) : null;
            }
        }
        return ids;
    }

    private static int control(String method, String path) {
        return client.send(java.net.http.HttpRequest.newBuilder(client.uri(path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    private static <T> T read(String path, Class<T> model) {
        HttpResponse<String> response = client.get(path, token(FULL));
        assertEquals(200, response.statusCode(), response.body());
        return GenesysSchemaOracle.read(response.body(), model);
    }

    private static String largestTeam(OrgReferenceData data) {
        return data.teamIds().stream().max(Comparator.comparingInt(id -> data.teamMemberIds(id).size()))
                .orElseThrow();
    }

    private static String token(String clientId) {
        return client.token(clientId, "s");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Set<String> allBut(String permission) {
        Set<String> all = new HashSet<>(GenesysPermissions.all());
        all.remove(permission);
        return all;
    }
}
