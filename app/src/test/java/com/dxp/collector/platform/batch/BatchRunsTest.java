package com.dxp.collector.platform.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BatchRunsTest {

    private static final Instant STARTED = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void shouldTakeAnExecutionStartedBeforeThisStartAndFailedSinceForOneLibertysRecoveryFailed() {
        assertTrue(BatchRuns.leftByDeath(execution(BatchStatus.FAILED, "09:58:00", "10:00:05"), STARTED));
    }

    @Test
    void shouldTakeAnExecutionStartedBeforeThisStartAndStillActiveForOneNobodyMarkedYet() {
        assertTrue(BatchRuns.leftByDeath(execution(BatchStatus.STARTED, "09:58:00", "09:59:30"), STARTED));
    }

    @Test
    void shouldLeaveAnExecutionThatFailedOrStoppedBeforeThisStartAlone() {
        assertFalse(BatchRuns.leftByDeath(execution(BatchStatus.FAILED, "09:58:00", "09:59:00"), STARTED),
                "it failed on its own in the server's previous life");
        assertFalse(BatchRuns.leftByDeath(execution(BatchStatus.STOPPED, "09:58:00", "10:00:05"), STARTED),
                "stopped, not left by a death");
    }

    @Test
    void shouldLeaveAnExecutionStartedSinceThisStartAlone() {
        assertFalse(BatchRuns.leftByDeath(execution(BatchStatus.STARTED, "10:01:00", "10:02:00"), STARTED),
                "it runs in this life");
    }

    private static JobExecution execution(BatchStatus status, String startedAt, String updatedAt) {
        Date start = Date.from(Instant.parse("2026-12-06T" + startedAt + "Z"));
        Date updated = Date.from(Instant.parse("2026-12-06T" + updatedAt + "Z"));
        return new JobExecution() {
            @Override
            public long getExecutionId() {
                return 1;
            }

            @Override
            public String getJobName() {
                return "conversationBackfill";
            }

            @Override
            public BatchStatus getBatchStatus() {
                return status;
            }

            @Override
            public Date getStartTime() {
                return start;
            }

            @Override
            public Date getEndTime() {
                return updated;
            }

            @Override
            public String getExitStatus() {
                return "FAILED";
            }

            @Override
            public Date getCreateTime() {
                return start;
            }

            @Override
            public Date getLastUpdatedTime() {
                return updated;
            }

            @Override
            public Properties getJobParameters() {
                return new Properties();
            }
        };
    }
}
