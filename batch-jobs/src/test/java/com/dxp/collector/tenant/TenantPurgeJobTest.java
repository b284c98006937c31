package com.dxp.collector.tenant;

import static com.dxp.collector.platform.batch.BatchTestSupport.awaitEnd;
import static com.dxp.collector.platform.batch.BatchTestSupport.bean;
import static com.dxp.collector.platform.batch.BatchTestSupport.operator;
import static com.dxp.collector.platform.batch.BatchTestSupport.parameters;
import static com.dxp.collector.platform.batch.BatchTestSupport.restart;
import static com.dxp.collector.platform.batch.BatchTestSupport.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant-purge job run by JBeret against a store in memory. */
class TenantPurgeJobTest {

    private static final String TENANT = "9a1b2c3d-0000-4e5f-8a9b-aabbccddeeff";

    private InMemoryTenantRows store;

    @BeforeEach
    void tenantWithRows() {
        store = bean(InMemoryTenantRows.class);
        store.reset(7, 3, 5, 0);
    }

    @Test
    void shouldDeleteEveryTableInBoundedChunksChildrenFirstAndTheTenantLast() {
        JobExecution execution = awaitEnd(start("tenant-purge", purge("3")));

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("PURGED=15", operator().getStepExecutions(execution.getExecutionId()).get(0).getExitStatus());
        assertEquals(List.of("segment:3", "segment:3", "segment:1", "participant:3", "participant:0",
                "conversation:3", "conversation:2", "job_run:0", "tenant"), store.calls());
        assertEquals(List.of(execution.getExecutionId()), store.executions(), "the run names its execution");
        assertFalse(store.tenantExists());
    }

    @Test
    void shouldContinueWithWhatIsLeftWhenAFailedExecutionIsRestarted() {
        AtomicInteger chunks = new AtomicInteger();
        store.beforeChunk(table -> {
            if (chunks.incrementAndGet() == 4) {
                throw new IllegalStateException("injected: the database went away");
            }
        });

        JobExecution failed = awaitEnd(start("tenant-purge", purge("3")));

        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertTrue(store.tenantExists(), "a failed purge leaves the tenant (PURGING) in place");
        assertEquals(Map.of("segment", 0, "participant", 3, "conversation", 5, "job_run", 0), store.left());

        JobExecution restarted = awaitEnd(restart(failed.getExecutionId(), purge("3")));

        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(Map.of("segment", 0, "participant", 0, "conversation", 0, "job_run", 0), store.left());
        assertEquals(Map.of("segment", 7L, "participant", 3L, "conversation", 5L, "job_run", 0L), store.deleted(),
                "no row counted twice");
        assertEquals(List.of(failed.getExecutionId(), restarted.getExecutionId()), store.executions());
        assertFalse(store.tenantExists());
    }

    @Test
    void shouldStopBetweenChunksAndLeaveTheTenantInPlace() {
        AtomicInteger chunks = new AtomicInteger();
        long[] execution = new long[1];
        store.beforeChunk(table -> {
            if (chunks.incrementAndGet() == 2) {
                operator().stop(execution[0]);
            }
        });

        execution[0] = start("tenant-purge", purge("3"));
        JobExecution stopped = awaitEnd(execution[0]);

        assertEquals(BatchStatus.STOPPED, stopped.getBatchStatus());
        assertEquals(List.of("segment:3", "segment:3"), store.calls(), "no chunk after the stop");
        assertTrue(store.tenantExists());
    }

    @Test
    void shouldRefuseToStartWithoutATenantAndDeleteNothing() {
        JobExecution execution = awaitEnd(start("tenant-purge", parameters("chunkSize", "3")));

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertEquals(List.of(), store.calls());
        assertTrue(store.tenantExists());
    }

    private static Properties purge(String chunkSize) {
        return parameters("tenantId", TENANT, "chunkSize", chunkSize);
    }
}
