package com.dxp.collector.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DirectoryWriterTest {

    private static final UUID A = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("7e000000-0000-4000-8000-00000000000b");
    private static final Instant T1 = Instant.parse("2026-05-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-02T02:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-03T02:00:00Z");
    private static final String ERIKA_ID = "5e400000-aaaa-4bbb-8ccc-dddddddddddd";
    private static final Set<DirectoryKind> USERS_AND_GROUPS = EnumSet.of(DirectoryKind.USERS, DirectoryKind.GROUPS);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepFirstSeenAndMoveLastSyncedWhenAUserIsSyncedAgain(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource());
            DirectoryEntity erika = new DirectoryEntity(ERIKA_ID, DirectoryListingTest.ERIKA);
            DirectoryEntity max = user("u-max", "inactive", "Agent", 3);
            writer.store(A, DirectoryKind.USERS, T1, List.of(erika, max));

            DirectoryEntity promoted = new DirectoryEntity(ERIKA_ID, DirectoryListingTest.ERIKA
                    .replace("\"version\": 7", "\"version\": 8").replace("Agent \\\\ Team-Lead", "Supervisor"));
            writer.store(A, DirectoryKind.USERS, T2, List.of(promoted, max));

            Map<String, DirectoryUser> users = users(db.dataSource(), A);
            DirectoryUser stored = users.get(ERIKA_ID);
            assertEquals(new DirectoryUser(ERIKA_ID, "Erika \"Eri\" Beispiel-Größe", "erika@example.com",
                    "erika@example.com", "active", "Supervisor", "Kundenservice Ä [Nord] {1}",
                    "d1d1d1d1-0000-4000-8000-000000000001", "5e4000ff-aaaa-4bbb-8ccc-dddddddddddd", T1, T2, null, List.of()),
                    stored);
            assertEquals(T2, users.get("u-max").lastSynced(), "an unchanged user is still marked seen");
            assertEquals(T1, users.get("u-max").firstSeen());
            assertEquals(List.of(promoted.rawJson(), "8"), column(db.dataSource(),
                    "SELECT raw_json, version FROM directory_user WHERE user_id = '" + ERIKA_ID + "'"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStoreUsersInEveryState(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            new DirectoryWriter(db.dataSource()).store(A, DirectoryKind.USERS, T1, List.of(user("u1", "active", "Agent", 1),
                    user("u2", "inactive", "Agent", 1), user("u3", "deleted", "Agent", 1)));

            DirectoryRepository repository = new DirectoryRepository(db.dataSource());
            for (String state : List.of("active", "inactive", "deleted")) {
                assertEquals(1, repository.users(A, state, false, null, 10).size(), state);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldMarkRemovedOnlyWhatTheSyncDidNotSeeAndCountIt(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource(), Clock.fixed(T3, ZoneOffset.UTC));
            writer.store(A, DirectoryKind.USERS, T1, List.of(user("u1", "active", "Agent", 1), user("u2", "active", "Agent", 1),
                    user("u3", "deleted", "Agent", 1)));
            writer.store(A, DirectoryKind.GROUPS, T1, List.of(group("g1", 2), group("g2", 0)));
            writer.store(B, DirectoryKind.USERS, T1, List.of(user("u2", "active", "Agent", 1)));
            writer.store(B, DirectoryKind.GROUPS, T1, List.of(group("g2", 0)));
            writer.store(A, DirectoryKind.USERS, T2, List.of(user("u1", "active", "Agent", 1)));
            writer.store(A, DirectoryKind.GROUPS, T2, List.of(group("g1", 2)));

            assertEquals(Map.of(DirectoryKind.USERS, 2, DirectoryKind.GROUPS, 1), writer.markRemoved(A, USERS_AND_GROUPS, T2));
            assertEquals(Map.of(DirectoryKind.USERS, 0, DirectoryKind.GROUPS, 0), writer.markRemoved(A, USERS_AND_GROUPS, T2),
                    "removed rows are not counted again");

            DirectoryRepository repository = new DirectoryRepository(db.dataSource());
            assertEquals(List.of("u2", "u3"), repository.users(A, null, true, null, 10).stream()
                    .map(DirectoryUser::userId).toList());
            assertEquals(T3, users(db.dataSource(), A).get("u2").removedAt());
            assertNull(users(db.dataSource(), A).get("u1").removedAt());
            assertEquals(List.of("g2"), repository.groups(A, null, true, null, 10).stream()
                    .map(DirectoryGroup::groupId).toList());
            assertEquals(1, repository.users(B, null, false, null, 10).size(), "another tenant is untouched");
            assertEquals(1, repository.groups(B, null, false, null, 10).size(), "another tenant is untouched");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldBringBackARemovedUserThatIsSeenAgain(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource(), Clock.fixed(T2, ZoneOffset.UTC));
            writer.store(A, DirectoryKind.USERS, T1, List.of(user("u1", "active", "Agent", 1)));
            writer.markRemoved(A, USERS_AND_GROUPS, T2);
            assertEquals(T2, users(db.dataSource(), A).get("u1").removedAt());

            writer.store(A, DirectoryKind.USERS, T3, List.of(user("u1", "inactive", "Agent", 2)));

            DirectoryUser back = users(db.dataSource(), A).get("u1");
            assertNull(back.removedAt());
            assertEquals("inactive", back.state());
            assertEquals(T1, back.firstSeen());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCutFieldsToTheirColumnsAndSkipFieldsOfAnotherShape(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            String longName = "Gruppe ü ".repeat(70);
            String raw = "{\"id\":\"g1\",\"name\":\"" + longName + "\","
                    + "\"description\":\"Second-level \\\"support\\\"\",\"dateModified\":\"2026-04-30T08:00:00Z\","
                    + "\"memberCount\":12,\"state\":\"active\",\"version\":5,\"type\":\"official\",\"images\":[],"
                    + "\"addresses\":[{\"address\":\"+4930\",\"mediaType\":\"PHONE\",\"type\":\"GROUPRING\"}],"
                    + "\"rulesVisible\":true,\"visibility\":\"members\",\"rolesEnabled\":false,"
                    + "\"owners\":[{\"id\":\"u-owner\"}],\"selfUri\":\"/api/v2/groups/g1\"}";
            DirectoryWriter writer = new DirectoryWriter(db.dataSource());
            writer.store(A, DirectoryKind.GROUPS, T1, List.of(new DirectoryEntity("g1", raw)));
            writer.store(A, DirectoryKind.USERS, T1, List.of(new DirectoryEntity("u1", "{\"id\":\"u1\",\"state\":\"" + "x".repeat(40)
                    + "\",\"manager\":\"not an object\",\"version\":\"7\"}")));

            DirectoryGroup group = new DirectoryRepository(db.dataSource()).groups(A, null, null, null, 1).get(0);
            String cut = longName.substring(0, 500 - Jdbc.CUT_MARKER.length()) + Jdbc.CUT_MARKER;
            assertEquals(new DirectoryGroup("g1", cut, "Second-level \"support\"", "official", "members", "active", 12L,
                    List.of(), T1, T1, null), group);
            assertEquals(List.of(raw), column(db.dataSource(), "SELECT raw_json FROM directory_group"));
            DirectoryUser user = users(db.dataSource(), A).get("u1");
            assertEquals("x".repeat(16 - Jdbc.CUT_MARKER.length()) + Jdbc.CUT_MARKER, user.state());
            assertNull(user.managerId());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseAMalformedEntityByItsIdAndStoreNoneOfItsBatch(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource());

            List<DirectoryEntity> batch = List.of(user("u1", "active", "Agent", 1),
                    new DirectoryEntity("u-broken", "{\"id\":\"u-broken\","));

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer.store(A, DirectoryKind.USERS, T1, batch));

            assertTrue(e.getMessage().contains("u-broken"), e.getMessage());
            assertTrue(users(db.dataSource(), A).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReplaceAGroupsMembersExactlyKeepingWhenThoseWhoStayWereFirstSeen(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            new DirectoryWriter(db.dataSource(), Clock.fixed(T1, ZoneOffset.UTC))
                    .replaceMembers(A, DirectoryKind.GROUPS, "g1", List.of("u1", "u2", "u3"));
            new DirectoryWriter(db.dataSource(), Clock.fixed(T1, ZoneOffset.UTC))
                    .replaceMembers(B, DirectoryKind.GROUPS, "g1", List.of("u1"));
            new DirectoryWriter(db.dataSource(), Clock.fixed(T1, ZoneOffset.UTC))
                    .replaceMembers(A, DirectoryKind.GROUPS, "g2", List.of("u1"));

            DirectoryWriter later = new DirectoryWriter(db.dataSource(), Clock.fixed(T2, ZoneOffset.UTC));
            later.replaceMembers(A, DirectoryKind.GROUPS, "g1", List.of("u4", "u2", "u3", "u4"));
            later.replaceMembers(A, DirectoryKind.GROUPS, "g2", List.of());

            assertEquals(Map.of("u2", T1, "u3", T1, "u4", T2), members(db.dataSource(), A, "g1"));
            assertEquals(Map.of(), members(db.dataSource(), A, "g2"));
            assertEquals(Map.of("u1", T1), members(db.dataSource(), B, "g1"), "another tenant is untouched");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldListTheGroupsSyncedSinceInIdOrderWithoutRemovedOnes(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource(), Clock.fixed(T3, ZoneOffset.UTC));
            writer.store(A, DirectoryKind.GROUPS, T1, List.of(group("g3", 1), group("g1", 1), group("g5", 1)));
            writer.markRemoved(A, USERS_AND_GROUPS, T2);
            writer.store(A, DirectoryKind.GROUPS, T2, List.of(group("g4", 1), group("g2", 1), group("g3", 1)));
            writer.store(B, DirectoryKind.GROUPS, T2, List.of(group("g0", 1)));

            assertEquals(List.of("g2", "g3", "g4"), writer.ownerIds(A, DirectoryKind.GROUPS, T2));
            assertEquals(List.of(), writer.ownerIds(A, DirectoryKind.GROUPS, T3));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStoreTeamsSkillsFlowsAndJourneySegmentsWithTheColumnsReadersFilterOn(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource());
            writer.store(A, DirectoryKind.TEAMS, T1, List.of(new DirectoryEntity("t1", "{\"id\":\"t1\",\"name\":"
                    + "\"Night shift \\ud83c\\udf19\",\"division\":{\"id\":\"d1\"},\"memberCount\":12,\"someday\":[1]}")));
            writer.store(A, DirectoryKind.SKILLS, T1, List.of(new DirectoryEntity("s1",
                    "{\"id\":\"s1\",\"name\":\"French\",\"state\":\"active\",\"version\":\"3\"}")));
            writer.store(A, DirectoryKind.FLOWS, T1, List.of(new DirectoryEntity("f1", "{\"id\":\"f1\",\"name\":"
                    + "\"Main IVR\",\"type\":\"SOMEFUTURETYPE\",\"division\":{\"id\":\"d1\"},\"active\":true,"
                    + "\"deleted\":false,\"publishedVersion\":{\"id\":\"7.0\",\"name\":\"7.0\"}}")));
            writer.store(A, DirectoryKind.JOURNEY_SEGMENTS, T1, List.of(new DirectoryEntity("j1", "{\"id\":\"j1\","
                    + "\"displayName\":\"" + "x".repeat(600) + "\",\"scope\":\"Session\",\"isActive\":false,"
                    + "\"version\":2}")));

            assertEquals(List.of("Night shift \ud83c\udf19", "d1", "12"), column(db.dataSource(),
                    "SELECT name, division_id, member_count FROM directory_team"));
            assertEquals(List.of("French", "active"), column(db.dataSource(), "SELECT name, state FROM routing_skill"));
            assertEquals(List.of("Main IVR", "SOMEFUTURETYPE", "d1", "7.0"), column(db.dataSource(),
                    "SELECT name, flow_type, division_id, published_version FROM architect_flow"));
            List<String> segment = column(db.dataSource(),
                    "SELECT display_name, scope, version FROM journey_segment");
            assertEquals(500, segment.get(0).length());
            assertTrue(segment.get(0).endsWith(Jdbc.CUT_MARKER), "a name too long is cut visibly");
            assertEquals(List.of("Session", "2"), segment.subList(1, 3));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReplaceAUsersSkillsOnlyWhenTheListingCarriedThem(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource());
            writer.store(A, DirectoryKind.USERS, T1, List.of(withSkills("u1", "{\"id\":\"s1\",\"proficiency\":4.5,"
                    + "\"state\":\"active\"},{\"id\":\"s2\",\"proficiency\":1},{\"id\":\"s1\"},{\"name\":\"no id\"}")));
            assertEquals(List.of("u1 s1 4.5 active", "u1 s2 1.0 null"), userSkills(db.dataSource()));

            writer.store(A, DirectoryKind.USERS, T2, List.of(user("u1", "active", "Agent", 2)));
            assertEquals(List.of("u1 s1 4.5 active", "u1 s2 1.0 null"), userSkills(db.dataSource()),
                    "a listing without skills (not asked for) leaves them as they were");

            assertEquals(List.of(new UserSkill("s1", 4.5, "active"), new UserSkill("s2", 1.0, null)),
                    users(db.dataSource(), A).get("u1").skills(), "the read API gives each user its skills");

            writer.store(A, DirectoryKind.USERS, T3, List.of(withSkills("u1", "")));
            assertEquals(List.of(), userSkills(db.dataSource()), "an empty list is a user without skills now");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepTeamMembersApartFromGroupMembersAndMarkRemovedOnlyTheKindsAsked(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource(), Clock.fixed(T3, ZoneOffset.UTC));
            writer.store(A, DirectoryKind.TEAMS, T1, List.of(new DirectoryEntity("x1", "{\"id\":\"x1\"}")));
            writer.store(A, DirectoryKind.FLOWS, T1, List.of(new DirectoryEntity("f1", "{\"id\":\"f1\"}")));
            writer.replaceMembers(A, DirectoryKind.TEAMS, "x1", List.of("u1", "u2"));
            writer.replaceMembers(A, DirectoryKind.GROUPS, "x1", List.of("u3"));

            assertEquals(Map.of(DirectoryKind.TEAMS, 1), writer.markRemoved(A, EnumSet.of(DirectoryKind.TEAMS), T2));

            assertEquals(List.of("u3"), List.copyOf(members(db.dataSource(), A, "x1").keySet()));
            assertEquals(List.of("2"), column(db.dataSource(), "SELECT COUNT(*) FROM team_member"));
            assertEquals(List.of("1", "0"), column(db.dataSource(), "SELECT (SELECT COUNT(*) FROM directory_team"
                    + " WHERE removed_at IS NOT NULL), (SELECT COUNT(*) FROM architect_flow WHERE removed_at IS NOT"
                    + " NULL)"));
            assertEquals(List.of(), writer.ownerIds(A, DirectoryKind.TEAMS, T1), "a removed team has no members read");
        }
    }

    private static DirectoryEntity withSkills(String id, String skills) {
        return new DirectoryEntity(id, "{\"id\":\"" + id + "\",\"state\":\"active\",\"skills\":[" + skills + "]}");
    }

    private static List<String> userSkills(DataSource ds) {
        return Jdbc.query(ds, "skills", "SELECT user_id, skill_id, proficiency, state FROM user_skill"
                + " ORDER BY user_id, skill_id", s -> { }, rs -> rs.getString(1) + " " + rs.getString(2) + " "
                + rs.getDouble(3) + " " + rs.getString(4));
    }

    private static DirectoryEntity user(String id, String state, String title, int version) {
        return new DirectoryEntity(id, "{\"id\":\"" + id + "\",\"name\":\"User " + id + "\",\"division\":{\"id\":"
                + "\"d1d1d1d1-0000-4000-8000-000000000001\",\"name\":\"Home\"},\"email\":\"" + id + "@example.com\","
                + "\"state\":\"" + state + "\",\"title\":\"" + title + "\",\"username\":\"" + id + "@example.com\","
                + "\"version\":" + version + ",\"selfUri\":\"/api/v2/users/" + id + "\"}");
    }

    private static DirectoryEntity group(String id, int memberCount) {
        return new DirectoryEntity(id, "{\"id\":\"" + id + "\",\"name\":\"Group " + id + "\",\"memberCount\":"
                + memberCount + ",\"state\":\"active\",\"type\":\"official\",\"visibility\":\"public\",\"version\":1}");
    }

    private static Map<String, DirectoryUser> users(DataSource ds, UUID tenant) {
        Map<String, DirectoryUser> byId = new TreeMap<>();
        new DirectoryRepository(ds).users(tenant, null, null, null, 100).forEach(u -> byId.put(u.userId(), u));
        return byId;
    }

    private static Map<String, Instant> members(DataSource ds, UUID tenant, String groupId) {
        Map<String, Instant> firstSeen = new TreeMap<>();
        Jdbc.query(ds, "members", "SELECT user_id, first_seen FROM group_member WHERE tenant_id = ? AND group_id = ?",
                s -> {
                    s.setObject(1, tenant);
                    s.setString(2, groupId);
                }, rs -> firstSeen.put(rs.getString(1), Jdbc.instant(rs, 2)));
        return firstSeen;
    }

    /** The values of the first row of a query, as text. */
    private static List<String> column(DataSource ds, String sql) {
        return Jdbc.query(ds, "test query", sql, s -> { }, rs -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getString(i));
            }
            return values;
        }).get(0);
    }
}
