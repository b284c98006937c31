package com.dxp.collector.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryPermissionsTest {

    @Test
    void shouldCopyUsersAndGroupsAlwaysAndEachOptionalKindOnlyWithItsPermission() {
        assertEquals(EnumSet.of(DirectoryKind.USERS, DirectoryKind.GROUPS), DirectoryPermissions.parts(Set.of()));
        assertEquals(EnumSet.of(DirectoryKind.USERS, DirectoryKind.GROUPS, DirectoryKind.TEAMS, DirectoryKind.FLOWS),
                DirectoryPermissions.parts(Set.of("groups:team:view", "architect:flow:view",
                        "journey:session:view", "conversation:participant:attributesview")));
        assertEquals(EnumSet.allOf(DirectoryKind.class), DirectoryPermissions.parts(Set.of("groups:team:view",
                "architect:flow:view", "routing:skill:view", "journey:segment:view")));
    }

    @Test
    void shouldSayForEachKindLeftOutWhichPermissionWouldEnableIt() {
        Map<String, String> leftOut = DirectoryPermissions.leftOut(EnumSet.of(DirectoryKind.USERS,
                DirectoryKind.GROUPS, DirectoryKind.FLOWS));

        assertEquals(List.of("teams", "skills", "journeySegments"), List.copyOf(leftOut.keySet()));
        assertTrue(leftOut.get("teams").startsWith("groups:team:view was not granted"), leftOut.get("teams"));
        assertTrue(leftOut.get("journeySegments").contains("journey:segment:view"));
    }

    @Test
    void shouldAskForUsersSkillsOnlyWithTheSkillPermission() {
        assertTrue(DirectoryPermissions.withUserSkills(Set.of("routing:skill:view")));
        assertFalse(DirectoryPermissions.withUserSkills(Set.of("groups:team:view")));
    }
}
