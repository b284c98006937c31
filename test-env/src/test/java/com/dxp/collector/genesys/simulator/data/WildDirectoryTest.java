package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.groupJson;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.userJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.User;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A wild org's users and groups: wild names and e-mail addresses, and a group of thousands. */
class WildDirectoryTest {

    private static final OrgSpec SPEC = SimulatedOrgFixtures.spec("5e1d0000-0000-4e5f-8a9b-112233445566",
            "Wild GmbH", 23, 1000, 80, 5).withWildData();

    private final OrgDirectory directory = SimulatedOrgFixtures.create(SPEC).directory();

    @Test
    void shouldTopUpTheUsersAndAddAGroupOfEveryone() {
        assertEquals(WildDirectory.MIN_USERS, directory.userIds().size());
        assertEquals(SPEC.groupCount() + 1, directory.groupIds().size());
        List<String> everyone = directory.memberIds(directory.groupIds().get(SPEC.groupCount()));
        assertEquals(directory.userIds(), everyone);
        assertTrue(everyone.size() > 2000, "thousands of members: " + everyone.size());
    }

    @Test
    void shouldNameSomeUsersAndGroupsWithTenThousandCharactersControlCharactersOrEmoji() {
        List<String> names = directory.userIds().stream().map(directory::userName).toList();
        List<String> groupNames = directory.groupIds().stream()
                .map(id -> GenesysSchemaOracle.read(groupJson(directory, id), Group.class).getName()).toList();

        for (List<String> list : List.of(names, groupNames)) {
            assertTrue(list.stream().anyMatch(n -> n.length() == WildText.LONGEST));
            assertTrue(list.stream().anyMatch(n -> n.indexOf('\u0000') >= 0 && n.indexOf('\u007f') >= 0));
            assertTrue(list.stream().anyMatch(n -> n.contains("\ud83d\ude00")));
        }
        long wild = names.stream().filter(n -> n.length() > 100 || !n.chars().allMatch(c -> c >= 0x20 && c < 0xd800))
                .count();
        assertTrue(wild > 100 && wild < 500, "about one user in ten who takes no conversations: " + wild);
    }

    @Test
    void shouldPutControlCharactersAndEmojiIntoUniqueEmailAddresses() {
        Set<String> emails = new HashSet<>();
        for (String userId : directory.userIds()) {
            User user = GenesysSchemaOracle.read(userJson(directory, userId), User.class);
            assertTrue(emails.add(user.getEmail()), user.getEmail());
            assertEquals(user.getEmail(), user.getUsername());
            assertTrue(user.getEmail().contains("@"));
        }
        assertTrue(emails.stream().anyMatch(e -> e.indexOf('\u0000') >= 0));
        assertTrue(emails.stream().anyMatch(e -> e.contains("\ud83d\ude00")));
    }

    @Test
    void shouldGiveAgentsTidyNamesSoThatConversationsStayTidyUnlessScheduled() {
        for (String agentId : directory.agentIds()) {
            String name = directory.userName(agentId);
            assertTrue(name.length() < 100 && name.chars().allMatch(c -> c >= 0x20 && c < 0xd800), name);
        }
    }

    @Test
    void shouldGiveTheSameDirectoryForTheSameSeed() {
        OrgDirectory again = SimulatedOrgFixtures.create(SPEC).directory();

        assertEquals(directory.userIds(), again.userIds());
        assertEquals(directory.userIds().stream().map(id -> userJson(directory, id)).toList(),
                again.userIds().stream().map(id -> userJson(again, id)).toList());
        assertEquals(directory.groupIds().stream().map(id -> groupJson(directory, id)).toList(),
                again.groupIds().stream().map(id -> groupJson(again, id)).toList());
    }
}
