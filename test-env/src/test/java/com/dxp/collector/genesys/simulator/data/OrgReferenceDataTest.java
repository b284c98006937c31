package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.LONG_AFTER;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.WEDNESDAY_9AM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.JourneySegment;
import com.mypurecloud.sdk.v2.model.RoutingSkill;
import com.mypurecloud.sdk.v2.model.Team;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reference data of generated orgs and how conversations link to it: teams hold agents once at most,
 * conversations name the team, skills, flows and journey sessions the reference data has, and a wild org's
 * entities are wild in the ways {@link WildText} describes while the SDK still reads them.
 */
class OrgReferenceDataTest {

    private final SimulatedOrg acme = SimulatedOrgFixtures.create(SimulatedOrgFixtures.acme());
    private final SimulatedOrg wild = SimulatedOrgFixtures.create(SimulatedOrgFixtures.globex().withWildData());

    @Test
    void shouldPutEachAgentInAtMostOneTeamAndMostAgentsInOne() {
        OrgReferenceData data = acme.referenceData();
        Map<String, String> teamOf = new HashMap<>();
        for (String teamId : data.teamIds()) {
            for (String userId : data.teamMemberIds(teamId)) {
                assertNull(teamOf.put(userId, teamId), userId + " is in two teams");
            }
        }
        List<String> agents = acme.directory().agentIds();

        assertTrue(agents.containsAll(teamOf.keySet()), "tidy teams hold agents only");
        assertTrue(teamOf.size() > agents.size() * 6 / 10 && teamOf.size() < agents.size(),
                teamOf.size() + " of " + agents.size() + " agents in a team");
        assertTrue(agents.stream().allMatch(id -> !data.userSkillIds(id).isEmpty()), "every agent has a skill");
    }

    @Test
    void shouldLinkConversationsToTheTeamsSkillsFlowsAndJourneySessionsOfTheOrg() {
        OrgReferenceData data = acme.referenceData();
        Map<String, String> teamOf = new HashMap<>();
        data.teamIds().forEach(t -> data.teamMemberIds(t).forEach(u -> teamOf.put(u, t)));
        Set<String> skills = new HashSet<>(data.skillIds());
        int webCustomers = 0;
        int withJourney = 0;
        int withSkills = 0;
        List<SimConversation> day = acme.conversations().startingBetween(WEDNESDAY_9AM,
                WEDNESDAY_9AM.plus(Duration.ofHours(3)), LONG_AFTER).toList();
        for (SimConversation conversation : day) {
            JsonNode json = tree(SimulatedOrgFixtures.json(conversation, LONG_AFTER, false));
            for (JsonNode participant : json.get("participants")) {
                if ("agent".equals(participant.path("purpose").asText())) {
                    assertEquals(teamOf.get(participant.get("userId").asText()),
                            participant.hasNonNull("teamId") ? participant.get("teamId").asText() : null);
                }
                for (JsonNode session : participant.get("sessions")) {
                    if (session.has("flow")) {
                        String flowId = session.get("flow").get("flowId").asText();
                        assertTrue(data.flowIds().contains(flowId));
                        assertEquals(data.flowName(flowId), session.get("flow").get("flowName").asText());
                        assertEquals(data.flowType(flowId), session.get("flow").get("flowType").asText());
                    }
                    if ("customer".equals(participant.path("purpose").asText())
                            && ("chat".equals(session.get("mediaType").asText())
                            || "webmessaging".equals(session.path("messageType").asText()))) {
                        webCustomers++;
                        withJourney += session.has("journeyCustomerSessionId") ? 1 : 0;
                    }
                }
            }
            List<String> requested = json.findValuesAsText("requestedRoutingSkillIds").isEmpty() ? List.of()
                    : ids(json.findValues("requestedRoutingSkillIds"));
            withSkills += requested.isEmpty() ? 0 : 1;
            assertTrue(skills.containsAll(requested), "requested skills are the org's");
            assertTrue(skills.containsAll(ids(json.findValues("activeSkillIds"))));
            assertEquals(json.findValuesAsText("journeyCustomerSessionId"),
                    data.journeySessionIds(conversation.conversationId()));
        }

        assertTrue(withJourney > webCustomers / 5 && withJourney < webCustomers / 2,
                withJourney + " of " + webCustomers + " web customers came from a journey session");
        assertTrue(withSkills > day.size() / 4, withSkills + " of " + day.size() + " request skills");
    }

    @Test
    void shouldGiveTheSameEntitiesForTheSameSeed() {
        SimulatedOrg again = SimulatedOrgFixtures.create(SimulatedOrgFixtures.acme());

        assertEquals(everything(acme.referenceData()), everything(again.referenceData()));
    }

    @Test
    void shouldServeWildEntitiesThatTheSdkReadsLeniently() {
        OrgReferenceData data = wild.referenceData();
        String teams = SimulatedOrgFixtures.write(out -> {
            out.writeStartArray();
            data.teamIds().forEach(id -> data.writeTeam(out, id, true));
            out.writeEnd();
        });
        int largest = data.teamIds().stream().mapToInt(id -> data.teamMemberIds(id).size()).max().orElse(0);

        assertTrue(largest >= 300, "a wild org has a team of hundreds: " + largest);
        assertTrue(data.teamIds().stream().anyMatch(id -> data.teamName(id).length() == WildText.LONGEST));
        assertTrue(teams.contains("\\u0000"), "NUL escaped in JSON");
        assertTrue(data.teamIds().stream().anyMatch(id -> data.teamName(id).contains(WildText.ASTRAL_CHARACTERS
                .substring(0, 2))));
        for (String id : data.teamIds()) {
            GenesysSchemaOracle.readLenient(SimulatedOrgFixtures.write(out -> data.writeTeam(out, id, true)),
                    Team.class);
        }
        for (String id : data.skillIds()) {
            GenesysSchemaOracle.readLenient(SimulatedOrgFixtures.write(out -> data.writeSkill(out, id)),
                    RoutingSkill.class);
        }
        for (String id : data.flowIds()) {
            GenesysSchemaOracle.readLenient(SimulatedOrgFixtures.write(out -> data.writeFlow(out, id)), Flow.class);
        }
        for (String id : data.journeySegmentIds()) {
            GenesysSchemaOracle.readLenient(SimulatedOrgFixtures.write(out -> data.writeJourneySegment(out, id)),
                    JourneySegment.class);
        }
        assertTrue(data.flowIds().stream().map(id -> GenesysSchemaOracle.readLenient(
                SimulatedOrgFixtures.write(out -> data.writeFlow(out, id)), Flow.class).getType())
                .anyMatch(Flow.TypeEnum.OUTDATEDSDKVERSION::equals), "a flow type the SDK does not know");
    }

    @Test
    void shouldKeepTheFlowsConversationsRunTidyInAWildOrg() {
        OrgReferenceData data = wild.referenceData();

        assertTrue(data.flowIds().stream().anyMatch(id -> data.flowName(id).equals(ConversationFactory.IVR_FLOW_NAME)
                && data.flowType(id).equals("INBOUNDCALL")));
        assertTrue(data.flowIds().stream().anyMatch(id -> data.flowName(id).equals(
                ConversationFactory.MESSAGE_FLOW_NAME) && data.flowType(id).equals("INBOUNDSHORTMESSAGE")));
        assertFalse(data.skillIds().isEmpty());
    }

    private static String everything(OrgReferenceData data) {
        return SimulatedOrgFixtures.write(out -> {
            out.writeStartArray();
            data.teamIds().forEach(id -> data.writeTeam(out, id, true));
            data.teamIds().forEach(id -> data.teamMemberIds(id).forEach(u -> data.writeTeamMember(out, u)));
            data.skillIds().forEach(id -> data.writeSkill(out, id));
            data.flowIds().forEach(id -> data.writeFlow(out, id));
            data.journeySegmentIds().forEach(id -> data.writeJourneySegment(out, id));
            out.writeEnd();
        });
    }

    private static List<String> ids(List<JsonNode> arrays) {
        return arrays.stream().flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false))
                .map(JsonNode::asText).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return GenesysSchemaOracle.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
