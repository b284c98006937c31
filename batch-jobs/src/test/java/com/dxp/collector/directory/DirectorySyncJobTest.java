package com.dxp.collector.directory;

import static com.dxp.collector.platform.batch.BatchTestSupport.awaitEnd;
import static com.dxp.collector.platform.batch.BatchTestSupport.bean;
import static com.dxp.collector.platform.batch.BatchTestSupport.parameters;
import static com.dxp.collector.platform.batch.BatchTestSupport.restart;
import static com.dxp.collector.platform.batch.BatchTestSupport.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jberet.tx.LocalTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directorySync job run by JBeret against an in-memory directory. */
class DirectorySyncJobTest {

    private static final Instant SYNC_STARTED = Instant.parse("2026-05-10T08:00:00Z");

    private FakeDirectory directory;

    @BeforeEach
    void freshDirectory() {
        directory = bean(FakeDirectory.class);
        directory.reset();
        directory.user("u-active", "active");
        directory.user("u-inactive", "inactive");
        directory.user("u-deleted", "deleted");
        directory.user("u-4", "active");
        directory.user("u-5", "active");
        directory.group("g-1", "u-active", "u-4", "u-5");
        directory.group("g-2");
        directory.group("g-3", "u-inactive");
        directory.storedEarlier("u-gone", SYNC_STARTED.minus(Duration.ofDays(1)));
    }

    @Test
    void shouldStoreUsersOfAllStatesGroupsAndMembershipsAndMarkTheUnseenRemoved() {
        JobExecution execution = awaitEnd(start("directorySync", sync()));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(Set.of("u-active", "u-inactive", "u-deleted", "u-4", "u-5", "u-gone"), directory.storedUsers());
        assertEquals(Set.of("g-1", "g-2", "g-3"), directory.storedGroups());
        assertEquals(Map.of("g-1", List.of("u-active", "u-4", "u-5"), "g-2", List.of(), "g-3", List.of("u-inactive")),
                directory.storedMembers());
        assertEquals(Set.of("u-gone"), directory.removed());
        assertEquals(5, directory.synced("users"));
        assertEquals(3, directory.synced("memberships"));
        assertEquals(1, directory.synced("removedUsers"));
        assertEquals(directory.calls().size(), directory.reportedCalls());
    }

    @Test
    void shouldMarkNothingRemovedWhenAStepFailsAndCompleteOnRestart() {
        AtomicBoolean failed = new AtomicBoolean();
        directory.fault(call -> {
            if (call.equals("members:g-3#1") && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure reading g-3's members");
            }
        });

        JobExecution first = awaitEnd(start("directorySync", sync()));

        assertEquals(BatchStatus.FAILED, first.getBatchStatus());
        assertEquals(0, directory.markRemovedCalls());
        assertEquals(Set.of(), directory.removed());

        JobExecution second = awaitEnd(restart(first.getExecutionId(), sync()));

        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(Set.of("g-1", "g-2", "g-3"), directory.storedMembers().keySet());
        assertEquals(Set.of("u-gone"), directory.removed());
        assertEquals(List.of("users#1", "users#2", "users#3"),
                directory.calls().stream().filter(c -> c.startsWith("users#")).toList(),
                "the completed users step is not run again");
    }

    @Test
    void shouldRetryTransientFailuresAndWaitOutPostponements() {
        AtomicInteger calls = new AtomicInteger();
        directory.fault(call -> {
            int n = calls.incrementAndGet();
            if (n % 3 == 0) {
                throw new DirectoryUnavailableException("503");
            }
            if (n % 5 == 0) {
                throw new DirectoryPostponedException(Duration.ofMillis(5));
            }
        });

        JobExecution execution = awaitEnd(start("directorySync", sync()));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(Set.of("u-active", "u-inactive", "u-deleted", "u-4", "u-5", "u-gone"), directory.storedUsers());
        assertEquals(Set.of("g-1", "g-2", "g-3"), directory.storedGroups());
        assertEquals(List.of("u-active", "u-4", "u-5"), directory.storedMembers().get("g-1"));
        assertEquals(Set.of("u-gone"), directory.removed());
    }

    @Test
    void shouldFetchEveryPageAndWaitOutPostponementsOnlyBetweenChunksNeverInsideTheirTransaction() {
        AtomicInteger postponements = new AtomicInteger();
        List<String> insideTransaction = new CopyOnWriteArrayList<>();
        directory.fault(call -> {
            if (activeTransaction()) {
                insideTransaction.add(call);
            }
            if (postponements.incrementAndGet() % 4 == 0) {
                throw new DirectoryPostponedException(Duration.ofMillis(5));
            }
        });

        JobExecution execution = awaitEnd(start("directorySync", sync()));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(Map.of("g-1", List.of("u-active", "u-4", "u-5"), "g-2", List.of(), "g-3", List.of("u-inactive")),
                directory.storedMembers());
        assertEquals(Set.of("u-active", "u-inactive", "u-deleted", "u-4", "u-5", "u-gone"), directory.storedUsers());
        assertTrue(directory.calls().size() > 8, "users, groups and members were read: " + directory.calls());
        assertEquals(List.of(), insideTransaction, "no call (nor its wait) inside a chunk's transaction");
    }

    @Test
    void shouldCopyTheOptionalKindsTheSyncsPartsNameAndLeaveTheOthersUnreadAndUnremoved() {
        directory.team("t-1", "u-active", "u-4");
        directory.team("t-2");
        directory.entity(DirectoryKind.SKILLS, "s-1");
        directory.entity(DirectoryKind.FLOWS, "f-1");
        directory.storedEarlier(DirectoryKind.TEAMS, "t-gone", SYNC_STARTED.minus(Duration.ofDays(1)));
        directory.storedEarlier(DirectoryKind.FLOWS, "f-old", SYNC_STARTED.minus(Duration.ofDays(1)));

        JobExecution execution = awaitEnd(start("directorySync", sync("users,groups,teams,skills")));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(Set.of("t-1", "t-2", "t-gone"), directory.storedIds(DirectoryKind.TEAMS));
        assertEquals(Set.of("s-1"), directory.storedIds(DirectoryKind.SKILLS));
        assertEquals(List.of("u-active", "u-4"), directory.storedMembers().get("t-1"));
        assertEquals(List.of(), directory.storedMembers().get("t-2"));
        assertEquals(2, directory.synced("teamMemberships"));
        assertEquals(Set.of("u-gone", "t-gone"), directory.removed(), "f-old: flows were not read, so not removed");
        assertEquals(1, directory.synced("removedTeams"));
        assertEquals(List.of(), directory.calls().stream().filter(c -> c.startsWith("flows#")).toList());
        assertEquals(0, directory.synced("removedFlows"));
    }

    @Test
    void shouldReadUsersAndGroupsOnlyForASyncStartedWithoutParts() {
        directory.team("t-1", "u-active");

        JobExecution execution = awaitEnd(start("directorySync", sync()));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(Set.of(), directory.storedIds(DirectoryKind.TEAMS));
        assertEquals(List.of(), directory.calls().stream().filter(c -> c.startsWith("teams#")).toList());
        assertEquals(1, directory.synced("removedUsers"));
    }

    @Test
    void shouldPageTeamsByCursorAndRestartFromTheCheckpointedCursor() {
        for (int i = 1; i <= 5; i++) {
            directory.team("t-" + i, "u-active", "u-4", "u-5");
        }
        AtomicBoolean failed = new AtomicBoolean();
        directory.fault(call -> {
            if (call.equals("teams#3") && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure reading the third page of teams");
            }
        });

        JobExecution first = awaitEnd(start("directorySync", sync("users,groups,teams")));
        JobExecution second = awaitEnd(restart(first.getExecutionId(), sync("users,groups,teams")));

        assertEquals(BatchStatus.FAILED, first.getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(Set.of("t-1", "t-2", "t-3", "t-4", "t-5"), directory.storedIds(DirectoryKind.TEAMS));
        assertEquals(List.of("teams#1", "teams#2", "teams#3", "teams#2", "teams#3"),
                directory.calls().stream().filter(c -> c.startsWith("teams#")).toList(),
                "the restart re-reads the checkpointed second page by its cursor, not the listing from the start");
        assertEquals(List.of("members:t-1#1", "members:t-1#2"),
                directory.calls().stream().filter(c -> c.startsWith("members:t-1#")).toList(),
                "three members in pages of two, by cursor");
        assertEquals(List.of("u-active", "u-4", "u-5"), directory.storedMembers().get("t-5"));
    }

    private static boolean activeTransaction() {
        try {
            return LocalTransactionManager.getInstance().getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties sync() {
        return parameters("tenantId", "9a1b2c3d-0000-4e5f-8a9b-112233445566", "syncStartedAt", SYNC_STARTED.toString(),
                "pageSize", "2");
    }

    private static Properties sync(String parts) {
        Properties p = sync();
        p.setProperty("parts", parts);
        return p;
    }
}
