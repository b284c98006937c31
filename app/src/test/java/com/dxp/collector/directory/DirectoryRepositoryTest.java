package com.dxp.collector.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DirectoryRepositoryTest {

    private static final UUID A = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("7e000000-0000-4000-8000-00000000000b");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPageUsersByIdWithinTheirTenantOnly(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            for (int i = 0; i < 7; i++) {
                user(db.dataSource(), A, "u" + i, i % 3 == 0 ? "inactive" : "active", i == 5);
                user(db.dataSource(), B, "u" + i + "b", "active", false);
            }
            DirectoryRepository repository = new DirectoryRepository(db.dataSource());

            List<String> paged = new ArrayList<>();
            String after = null;
            List<DirectoryUser> page;
            do {
                page = repository.users(A, null, null, after, 3);
                page.forEach(u -> paged.add(u.userId()));
                after = page.isEmpty() ? null : page.get(page.size() - 1).userId();
            } while (page.size() == 3);

            assertEquals(List.of("u0", "u1", "u2", "u3", "u4", "u5", "u6"), paged);
            assertEquals(List.of("u0", "u3", "u6"), ids(repository.users(A, "inactive", null, null, 10)));
            assertEquals(List.of("u5"), ids(repository.users(A, null, true, null, 10)));
            assertEquals(6, repository.users(A, null, false, null, 10).size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldGiveEachGroupItsOwnMembersOnly(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            group(db.dataSource(), A, "g1", "u1", "u2");
            group(db.dataSource(), A, "g2");
            group(db.dataSource(), A, "g3", "u3");
            group(db.dataSource(), B, "g1", "intruder");
            DirectoryRepository repository = new DirectoryRepository(db.dataSource());

            List<DirectoryGroup> first = repository.groups(A, null, null, null, 2);
            List<DirectoryGroup> second = repository.groups(A, null, null, "g2", 2);

            assertEquals(List.of(List.of("u1", "u2"), List.of()), first.stream().map(DirectoryGroup::members)
                    .toList());
            assertEquals(List.of("g3"), second.stream().map(DirectoryGroup::groupId).toList());
            assertEquals(List.of("u3"), second.get(0).members());
            assertEquals(3L, first.get(0).memberCount());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldGiveEachTeamItsOwnMembersAndFilterFlowsByTypeWithinTheirTenant(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            DirectoryWriter writer = new DirectoryWriter(db.dataSource());
            Instant seen = Instant.parse("2026-05-01T00:00:00Z");
            writer.store(A, DirectoryKind.TEAMS, seen, List.of(entity("t1"), entity("t2")));
            writer.store(B, DirectoryKind.TEAMS, seen, List.of(entity("t1")));
            writer.replaceMembers(A, DirectoryKind.TEAMS, "t1", List.of("u2", "u1"));
            writer.replaceMembers(B, DirectoryKind.TEAMS, "t1", List.of("intruder"));
            writer.store(A, DirectoryKind.FLOWS, seen, List.of(
                    new DirectoryEntity("f1", "{\"id\":\"f1\",\"type\":\"INBOUNDCALL\"}"),
                    new DirectoryEntity("f2", "{\"id\":\"f2\",\"type\":\"BOT\"}"),
                    new DirectoryEntity("f3", "{\"id\":\"f3\",\"type\":\"INBOUNDCALL\",\"active\":true}")));
            DirectoryRepository repository = new DirectoryRepository(db.dataSource());

            List<DirectoryTeam> teams = repository.teams(A, null, null, 10);
            List<ArchitectFlow> calls = repository.flows(A, "INBOUNDCALL", null, "f1", 10);

            assertEquals(List.of(List.of("u1", "u2"), List.of()), teams.stream().map(DirectoryTeam::members).toList());
            assertEquals(List.of("f3"), calls.stream().map(ArchitectFlow::flowId).toList());
            assertEquals(Boolean.TRUE, calls.get(0).active());
            assertEquals(null, repository.flows(A, null, null, null, 10).get(0).active(), "absent stays absent");
            assertEquals(java.util.Map.of(DirectoryKind.USERS, 0L, DirectoryKind.GROUPS, 0L, DirectoryKind.TEAMS, 2L,
                    DirectoryKind.SKILLS, 0L, DirectoryKind.FLOWS, 3L, DirectoryKind.JOURNEY_SEGMENTS, 0L),
                    repository.counts(A));
        }
    }

    private static DirectoryEntity entity(String id) {
        return new DirectoryEntity(id, "{\"id\":\"" + id + "\"}");
    }

    private static List<String> ids(List<DirectoryUser> users) {
        return users.stream().map(DirectoryUser::userId).toList();
    }

    private static void user(DataSource ds, UUID tenant, String id, String state, boolean removed)
            throws Exception {
        TestDatabase.execute(ds, "INSERT INTO directory_user (tenant_id, user_id, name, state, raw_json, first_seen,"
                + " last_synced, removed_at) VALUES ('" + tenant + "', '" + id + "', 'User " + id + "', '" + state
                + "', '{}', TIMESTAMP WITH TIME ZONE '2026-05-01 00:00:00+00', TIMESTAMP WITH TIME ZONE"
                + " '2026-05-02 00:00:00+00', " + (removed ? "TIMESTAMP WITH TIME ZONE '2026-05-03 00:00:00+00'"
                        : "NULL") + ")");
    }

    private static void group(DataSource ds, UUID tenant, String id, String... members) throws Exception {
        TestDatabase.execute(ds, "INSERT INTO directory_group (tenant_id, group_id, name, state, member_count,"
                + " raw_json, first_seen, last_synced) VALUES ('" + tenant + "', '" + id + "', 'Group " + id
                + "', 'active', 3, '{}', TIMESTAMP WITH TIME ZONE '2026-05-01 00:00:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-05-02 00:00:00+00')");
        for (String m : members) {
            TestDatabase.execute(ds, "INSERT INTO group_member (tenant_id, group_id, user_id, first_seen) VALUES ('"
                    + tenant + "', '" + id + "', '" + m + "', TIMESTAMP WITH TIME ZONE '2026-05-01 00:00:00+00')");
        }
    }
}
