package com.dxp.collector.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DailyTenantRunsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000001d");
    private static final String JOB = "directorySync";
    private static final DailySchedule AT_TWO = DailySchedule.parse("directory.schedule.at", "02:00");

    /**
     * Two servers check the same slot; the second looked before the first had started its run and decides after the
     * first has released the schedule lease (its run may even have ended): it looks again under the lease and starts
     * nothing. Without that second look it would start the slot's run twice.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStartASlotsRunOnceWhenAnotherServerLookedBeforeTheFirstStartedIt(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            JobLeases leases = new JobLeases(db.dataSource());
            List<String> started = new ArrayList<>();
            Consumer<UUID> first = tenant -> {
                store.store(new JobRun(1, 10, JOB, tenant, DailySchedule.REQUESTED_BY, NOW, "{}"));
                started.add("first");
            };

            server(store, leases).startIfDue(JOB, AT_TWO, first, TENANT, NOW);
            server(lookedEarlier(runs, db), leases).startIfDue(JOB, AT_TWO, tenant -> started.add("second"), TENANT,
                    NOW);

            assertEquals(List.of("first"), started);
        }
    }

    /** While one server decides (and starts) under the lease, another gives the slot up for this look. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLeaveTheSlotToTheServerHoldingItsLease(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            JobLeases leases = new JobLeases(db.dataSource());
            List<String> started = new ArrayList<>();

            server(store, leases).startIfDue(JOB, AT_TWO, tenant -> {
                server(store, leases).startIfDue(JOB, AT_TWO, t -> started.add("second"), tenant, NOW);
                started.add("first");
            }, TENANT, NOW);

            assertEquals(List.of("first"), started);
        }
    }

    /**
     * An {@link Error} from one tenant's start (a stack overflow, a class missing from a job) is logged like an
     * exception and releases the lease: it keeps neither that tenant's next look nor any other tenant from its run.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldKeepCheckingAfterAnErrorThatIsNoException(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated();
                TestRuns runs = TestRuns.over(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC))) {
            JobRunRepository store = runs.repository;
            JobLeases leases = new JobLeases(db.dataSource());
            List<String> started = new ArrayList<>();

            server(store, leases).startIfDue(JOB, AT_TWO, tenant -> {
                throw new StackOverflowError();
            }, TENANT, NOW);
            server(store, leases).startIfDue(JOB, AT_TWO, tenant -> started.add("again"), TENANT, NOW);

            assertEquals(List.of("again"), started);
        }
    }

    private static DailyTenantRuns server(JobRunRepository store, JobLeases leases) {
        DailyTenantRuns runs = new DailyTenantRuns();
        runs.runs = store;
        runs.leases = leases;
        runs.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return runs;
    }

    /** Runs whose first look finds no scheduled run: what a server saw before another started the slot's run. */
    private static JobRunRepository lookedEarlier(TestRuns runs, TestDatabase.Handle db) {
        AtomicBoolean looked = new AtomicBoolean();
        return runs.wired(new JobRunRepository() {
            @Override
            public Optional<Instant> findLastRequested(UUID tenantId, String jobName, String requestedBy) {
                return looked.getAndSet(true) ? super.findLastRequested(tenantId, jobName, requestedBy)
                        : Optional.empty();
            }
        }, db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
