package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.groupJson;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.userJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Users and groups as {@code /api/v2/users} and {@code /api/v2/groups} serve them, read by the official SDK. */
class OrgDirectoryContractTest {

    private final OrgDirectory directory = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
            "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Acme GmbH", 42, 1000, 300, 12)).directory();

    @Test
    void shouldWriteUsersTheSdkReads() {
        for (String userId : directory.userIds()) {
            User user = GenesysSchemaOracle.read(userJson(directory, userId), User.class);

            assertEquals(userId, user.getId());
            assertEquals(directory.userName(userId), user.getName());
            assertEquals(directory.divisionIds().get(0), user.getDivision().getId());
            assertTrue(user.getEmail().contains("@"));
            assertEquals(user.getEmail(), user.getUsername());
            assertNotNull(user.getState());
            assertTrue(user.getVersion() >= 1);
            assertEquals("/api/v2/users/" + userId, user.getSelfUri());
        }
    }

    @Test
    void shouldWriteAUsersPageTheSdkReads() {
        UserEntityListing page = GenesysSchemaOracle.read(SimulatedOrgFixtures.usersPage(directory, 25, 2),
                UserEntityListing.class);

        assertEquals(25, page.getEntities().size());
        assertEquals(directory.userIds().subList(25, 50), page.getEntities().stream().map(User::getId).toList());
        assertEquals(300, page.getTotal());
        assertEquals(12, page.getPageCount());
    }

    @Test
    void shouldWriteGroupsTheSdkReads() {
        for (String groupId : directory.groupIds()) {
            Group group = GenesysSchemaOracle.read(groupJson(directory, groupId), Group.class);

            assertEquals(groupId, group.getId());
            assertNotNull(group.getName());
            assertEquals(directory.memberIds(groupId).size(), group.getMemberCount());
            assertNotNull(group.getDateModified());
        }
    }

    @Test
    void shouldHaveMostlyActiveAgentsWithUniqueIdsAndEmails() {
        List<String> users = directory.userIds();
        Set<String> emails = new HashSet<>();
        int inactive = 0;
        for (String userId : users) {
            User user = GenesysSchemaOracle.read(userJson(directory, userId), User.class);
            assertTrue(emails.add(user.getEmail()), user.getEmail());
            if (user.getState() == User.StateEnum.INACTIVE) {
                inactive++;
                assertTrue(!directory.agentIds().contains(userId), "inactive users take no conversations");
            }
        }
        double agents = directory.agentIds().size() / (double) users.size();

        assertEquals(300, new HashSet<>(users).size());
        assertTrue(users.containsAll(directory.agentIds()));
        assertEquals(0.75, agents, 0.08, "active agents share");
        assertTrue(inactive > 0 && inactive < 40, "inactive " + inactive);
    }

    @Test
    void shouldGiveGroupsOverlappingMembersFromTheDirectory() {
        Map<String, Integer> memberships = new HashMap<>();
        for (String groupId : directory.groupIds()) {
            List<String> members = directory.memberIds(groupId);
            assertTrue(members.size() >= 2);
            assertTrue(directory.userIds().containsAll(members));
            assertEquals(members.size(), new HashSet<>(members).size());
            members.forEach(m -> memberships.merge(m, 1, Integer::sum));
        }

        assertEquals(12, directory.groupIds().size());
        assertTrue(memberships.values().stream().anyMatch(n -> n > 1), "some users are in several groups");
        assertEquals(List.of(), directory.memberIds("no-such-group"));
    }

    @Test
    void shouldHaveQueuesWrapUpCodesAndDivisionsInTheirRanges() {
        assertTrue(directory.queueIds().size() >= 10 && directory.queueIds().size() <= 30);
        assertTrue(directory.wrapUpCodeIds().size() >= 10 && directory.wrapUpCodeIds().size() <= 20);
        assertTrue(directory.divisionIds().size() >= 1 && directory.divisionIds().size() <= 3);
    }

    @Test
    void shouldRegenerateTheSameDirectoryFromTheSameSpecOnly() {
        OrgDirectory again = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
                "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Acme GmbH", 42, 1000, 300, 12)).directory();
        OrgDirectory otherSeed = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
                "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Acme GmbH", 43, 1000, 300, 12)).directory();

        assertEquals(directory.userIds(), again.userIds());
        for (String userId : directory.userIds()) {
            assertEquals(userJson(directory, userId), userJson(again, userId));
        }
        for (String groupId : directory.groupIds()) {
            assertEquals(groupJson(directory, groupId), groupJson(again, groupId));
        }
        assertNotEquals(directory.userIds().get(0), otherSeed.userIds().get(0));
    }

    @Test
    void shouldHaveAnAgentEvenInATinyOrg() {
        OrgDirectory tiny = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
                "9a1b2c3d-0000-4e5f-8a9b-112233445566", "Tiny", 1, 100, 1, 0)).directory();

        assertEquals(1, tiny.agentIds().size());
        assertEquals(List.of(), tiny.groupIds());
        assertThrows(IllegalArgumentException.class, () -> userJson(tiny, "no-such-user"));
    }
}
