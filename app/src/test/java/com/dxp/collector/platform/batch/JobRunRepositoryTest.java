package com.dxp.collector.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.cluster.ServerRepository;
import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The run record's entity and named queries on EclipseLink, on H2 and PostgreSQL with the real migrations, against
 * Liberty's job repository tables as its native queries read them; and the JDBC marking of an abandoned execution.
 */
class JobRunRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000d");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldListATenantsRunsOfOneJobNewestFirst(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            for (long id = 1; id <= 3; id++) {
                store.store(new JobRun(id, id * 10, "conversationBackfill", TENANT, "admin", NOW, "{}"));
            }
            store.store(new JobRun(4, 40, "directorySync", TENANT, "admin", NOW, "{}"));
            store.store(new JobRun(5, 50, "conversationBackfill", UUID.randomUUID(), "admin", NOW, "{}"));

            assertEquals(List.of(3L, 2L), store.findByTenantAndJob(TENANT, "conversationBackfill", null, 2).stream()
                    .map(JobRun::instanceId).toList());
            assertEquals(List.of(1L), store.findByTenantAndJob(TENANT, "conversationBackfill", 2L, 2).stream()
                    .map(JobRun::instanceId).toList());
            assertEquals(30L, store.find(3).orElseThrow().firstExecutionId());
            assertEquals(List.of(3L, 4L), store.findLatestOfEachJob(TENANT).stream().map(JobRun::instanceId).toList(),
                    "one per job, by job name");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReadBackARunAsAskedForAndWhenSomeoneLastAskedForOne(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns writer = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
                TestRuns reader = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            Instant precise = Instant.parse("2026-11-26T10:11:12.123456789Z");
            writer.repository.store(new JobRun(1, 10, "directorySync", TENANT, "schedule", precise, "{\"a\":1}"));
            writer.repository.store(new JobRun(2, 20, "directorySync", TENANT, "admin", NOW, "{}"));

            JobRun read = reader.repository.find(1).orElseThrow();

            Instant micros = Instant.parse("2026-11-26T10:11:12.123456Z");
            assertEquals(List.of(1L, 10L, "directorySync", TENANT, "schedule", micros, "{\"a\":1}"),
                    List.of(read.instanceId(), read.firstExecutionId(), read.jobName(), read.tenantId(),
                            read.requestedBy(), read.requestedAt(), read.requestJson()));
            assertEquals(Optional.of(micros), reader.repository.findLastRequested(TENANT, "directorySync", "schedule"));
            assertEquals(Optional.empty(), reader.repository.findLastRequested(TENANT, "conversationBackfill",
                    "schedule"));
            assertEquals(Optional.empty(), reader.repository.findServer(1), "no server recorded yet");
        }
    }

    /**
     * Runs left active on a server that died, stopped or is unknown are orphans; those of a live server, and those
     * already ended, are not. Failing one marks its execution, instance and running step threads failed and its
     * partitions recovered, once.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindRunsLeftActiveOnGoneServersAndFailTheirExecutionsAtEveryLevel(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            ServerRepository servers = new ServerRepository(db.dataSource());
            servers.register("live/collector", null, null);
            servers.register("stopped/collector", null, null);
            servers.stopped("stopped/collector");
            servers.register("dead/collector", null, null);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE collector_server SET heartbeat_at = heartbeat_at - INTERVAL '1' HOUR"
                        + " WHERE server_id = 'dead/collector'");
            }
            Instant deadBefore = servers.databaseNow().minusSeconds(600);
            // instance, execution and server: run 1 on the live server, 2 dead, 3 stopped, 4 unknown, 5 dead but ended
            String[] on = {null, "live/collector", "dead/collector", "stopped/collector", "gone/collector",
                "dead/collector"};
            for (int run = 1; run <= 5; run++) {
                batchExecution(db, run, run * 10, run == 5 ? 5 : 1);
                store.store(new JobRun(run, run * 10, "conversationBackfill", TENANT, "admin", NOW, "{}"));
                runningOn(runs, run, on[run]);
            }

            List<JobRunRepository.Orphan> orphans = store.findOrphaned(deadBefore, "other/collector");

            assertEquals(List.of(2L, 3L, 4L), orphans.stream().map(o -> o.run().instanceId()).toList());
            assertEquals("dead/collector", orphans.get(0).serverId());
            assertTrue(store.failAbandoned(2, 20));
            assertFalse(store.failAbandoned(2, 20), "failed once");
            assertEquals(List.of(4, 4, 4, 4), statuses(db, 2, 20));
            assertEquals(List.of(1, 3, 1, 1), statuses(db, 1, 10), "another run untouched");
            assertEquals(List.of(3L, 4L), store.findOrphaned(deadBefore, "other/collector").stream()
                    .map(o -> o.run().instanceId()).toList());
            assertEquals(List.of(4L), store.findOrphaned(deadBefore, "stopped/collector").stream()
                    .map(o -> o.run().instanceId()).toList(), "never the asking server's own");
        }
    }

    /**
     * A run handed over by a server that stopped on purpose is found once its execution has ended (stopped), whatever
     * the state of its server and by that server too once it is back, until a server runs it again; a run merely
     * stopped (by an operator) never is.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindARunHandedOverOnceItsExecutionHasStoppedUntilAnotherServerRunsIt(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            ServerRepository servers = new ServerRepository(db.dataSource());
            servers.register("leaving/collector", null, null);
            Instant deadBefore = servers.databaseNow().minusSeconds(600);
            // run 1 handed over and still stopping, 2 handed over and stopped, 3 stopped by an operator
            int[] status = {0, 2, 5, 5};
            for (int run = 1; run <= 3; run++) {
                batchExecution(db, run, run * 10, status[run]);
                store.store(new JobRun(run, run * 10, "conversationBackfill", TENANT, "admin", NOW, "{}"));
                runningOn(runs, run, "leaving/collector");
            }
            runs.write(() -> store.handOver(1));
            runs.write(() -> store.handOver(2));

            List<JobRunRepository.Orphan> orphans = store.findOrphaned(deadBefore, "live/collector");

            assertEquals(List.of(2L), orphans.stream().map(o -> o.run().instanceId()).toList(),
                    "the one still stopping waits until it has stopped; the operator's stop stays");
            assertTrue(orphans.get(0).handedOver());
            assertEquals("leaving/collector", orphans.get(0).serverId());
            assertEquals(List.of(2L), store.findOrphaned(deadBefore, "leaving/collector").stream()
                    .map(o -> o.run().instanceId()).toList(), "a server restarted on purpose takes its own back");
            runningOn(runs, 2, "live/collector");
            assertEquals(List.of(), store.findOrphaned(deadBefore, "other/collector"), "taken: the handover is done");
        }
    }

    /** At its start a server finds the runs it last ran whose latest execution failed or is active, newest first. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindTheRunsOfAServerWhoseLatestExecutionFailedOrIsActive(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            // run 1 failed here, 2 completed here, 3 failed elsewhere, 4 failed here, 5 started here, 6 stopped here
            int[] status = {0, 4, 3, 4, 4, 1, 5};
            String[] on = {null, "a/collector", "a/collector", "b/collector", "a/collector", "a/collector",
                "a/collector"};
            for (int run = 1; run <= 6; run++) {
                batchExecution(db, run, run * 10, status[run]);
                store.store(new JobRun(run, run * 10, "conversationBackfill", TENANT, "admin", NOW, "{}"));
                runningOn(runs, run, on[run]);
            }

            assertEquals(List.of(5L, 4L, 1L), store.findUnfinishedOn("a/collector", 10).stream()
                    .map(JobRun::instanceId).toList());
            assertEquals(List.of(5L), store.findUnfinishedOn("a/collector", 1).stream().map(JobRun::instanceId)
                    .toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldHandAStopAskedOfAnotherServerToTheRunsServerOnce(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            store.store(new JobRun(7, 70, "conversationBackfill", TENANT, "admin", NOW, "{}"));
            runningOn(runs, 7, "b/collector");

            runs.write(() -> store.requestStop(7));

            assertEquals(Optional.of("b/collector"), store.findServer(7));
            assertEquals(List.of(), taken(runs, "a/collector"), "not a's run");
            assertEquals(List.of(7L), taken(runs, "b/collector").stream().map(JobRun::instanceId).toList());
            assertEquals(List.of(), taken(runs, "b/collector"), "handed over once");
        }
    }

    /** Records the server of the run's latest execution, as {@link JobRunService} does. */
    private static void runningOn(TestRuns runs, long instanceId, String serverId) {
        runs.write(() -> runs.repository.runningOn(instanceId, serverId));
    }

    /** The runs asked to stop on {@code serverId}, taking the asks as {@link JobRunService} does. */
    private static List<JobRun> taken(TestRuns runs, String serverId) {
        List<List<JobRun>> taken = new ArrayList<>();
        runs.write(() -> taken.add(runs.repository.takeStopRequests(serverId)));
        return taken.get(0);
    }

    /** A job instance with one execution of {@code status} on no server, with one step thread and one partition. */
    private static void batchExecution(TestDatabase.Handle db, long instance, long execution, int status)
            throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO batch_jobinstance (jobinstanceid, batchstatus, createtime, instancestate,"
                    + " numexecs) VALUES (" + instance + ", " + status + ", LOCALTIMESTAMP, 3, 1)");
            s.executeUpdate("INSERT INTO batch_jobexecution (jobexecid, batchstatus, createtime, execnum,"
                    + " fk_jobinstanceid) VALUES (" + execution + ", " + status + ", LOCALTIMESTAMP, 1, " + instance
                    + ")");
            s.executeUpdate("INSERT INTO batch_stepthreadexecution (stepexecid, threadtype, batchstatus, m_commit,"
                    + " m_filter, internalstatus, partnum, m_processskip, m_read, m_readskip, m_rollback, stepname,"
                    + " m_write, m_writeskip, fk_jobexecid) VALUES (" + execution + ", 'T', " + status + ", 0, 0, 0,"
                    + " -1, 0, 0, 0, 0, 'windows', 0, 0, " + execution + ")");
            s.executeUpdate("INSERT INTO batch_remotablepartition (partnum, stepname, internalstate,"
                    + " fk_jobexecutionid) VALUES (0, 'windows', 1, " + execution + ")");
        }
    }

    /** The execution's, instance's, instance state's and step thread's stored statuses. */
    private static List<Integer> statuses(TestDatabase.Handle db, long instance, long execution) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT e.batchstatus, i.instancestate, i.batchstatus, t.batchstatus"
                        + " FROM batch_jobexecution e JOIN batch_jobinstance i ON i.jobinstanceid = e.fk_jobinstanceid"
                        + " JOIN batch_stepthreadexecution t ON t.fk_jobexecid = e.jobexecid WHERE e.jobexecid = "
                        + execution + " AND i.jobinstanceid = " + instance)) {
            rs.next();
            return List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
        }
    }
}
