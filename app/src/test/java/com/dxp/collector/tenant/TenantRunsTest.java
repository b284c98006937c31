package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.JobRun;
import com.dxp.collector.platform.batch.RunKind;
import com.dxp.collector.platform.rest.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantRunsTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-000000000031");
    private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

    private final List<String> calls = new ArrayList<>();

    @Test
    void shouldRefuseARestartForATenantThatMayNotRunAndTouchNoRun() {
        TenantRuns runs = runs(TenantNotRunnableException.Reason.DISABLED);

        assertThrows(TenantNotRunnableException.class, () -> runs.restart(kind("directorySync"), TENANT, 5));
        assertEquals(List.of(), calls);
    }

    @Test
    void shouldStartAndShowTheRunAsItsKindReadsIt() {
        String shown = runs(null).start(kind("conversationBackfill"), TENANT, new Properties(), "admin", "{}");

        assertEquals("conversationBackfill run 41 of " + TENANT, shown);
        assertEquals(List.of("start conversationBackfill by admin", "run conversationBackfill 41"), calls);
    }

    @Test
    void shouldReadRunsUnderTheKindsOwnJobSoAnotherKindsRunIsNotFound() {
        TenantRuns runs = runs(null);

        assertEquals("directorySync run 7 of " + TENANT, runs.find(kind("directorySync"), TENANT, 7));
        assertThrows(ProblemException.class, () -> runs.find(kind("directorySync"), TENANT, 8));
    }

    @Test
    void shouldStopEveryKindsRunBeforeAPurge() {
        runs(null).stopAll(List.of(kind("conversationBackfill"), kind("directorySync")),
                new TenantStopping(TENANT, AT));

        assertEquals(List.of("stopAndAwait conversationBackfill", "stopAndAwait directorySync"), calls);
    }

    /** Run 8 is another kind's: the fake answers 404 for it as the run records would. */
    private TenantRuns runs(TenantNotRunnableException.Reason refusal) {
        TenantRuns runs = new TenantRuns();
        runs.tenants = new TenantService() {
            @Override
            public void requireTenant(UUID tenantId) {
                // known
            }
        };
        runs.gate = new TenantGate() {
            @Override
            public void requireRunnable(UUID tenantId) {
                if (refusal != null) {
                    throw new TenantNotRunnableException(tenantId, refusal);
                }
            }
        };
        runs.batchRuns = new BatchRuns() {
            @Override
            public synchronized long start(String jobName, UUID tenantId, Properties parameters, String requestedBy,
                    String requestJson) {
                calls.add("start " + jobName + " by " + requestedBy);
                return 41;
            }

            @Override
            public JobRun run(String jobName, UUID tenantId, long instanceId) {
                if (instanceId == 8) {
                    throw ProblemException.notFound("no run 8");
                }
                calls.add("run " + jobName + " " + instanceId);
                return new JobRun(instanceId, instanceId, jobName, tenantId, "admin", AT, "{}");
            }

            @Override
            public void stopAndAwait(String jobName, UUID tenantId, Instant deadline) {
                calls.add("stopAndAwait " + jobName);
            }
        };
        return runs;
    }

    private static RunKind<String> kind(String job) {
        return new RunKind<>() {
            @Override
            public String jobName() {
                return job;
            }

            @Override
            public String view(JobRun run) {
                return run.jobName() + " run " + run.instanceId() + " of " + run.tenantId();
            }
        };
    }
}
