package com.dxp.collector.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditRetentionBatchletTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    /** An audit trail in memory: one entry per day for the last 100 days. */
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(
            IntStream.range(0, 100).mapToObj(d -> NOW.minus(Duration.ofDays(d)).minusSeconds(1)).toList());

    @Test
    void shouldDeleteOnlyEntriesOlderThanTheRetentionInBoundedChunks() {
        String exit = batchlet("30", "7").process();

        assertEquals("PURGED=70", exit);
        assertEquals(30, trail.entries.size());
        assertEquals(List.of(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 0), trail.chunkResults);
        assertEquals(List.of("admin deleted 70 before " + NOW.minus(Duration.ofDays(30))), trail.records);
    }

    @Test
    void shouldDeleteEverythingWrittenBeforeTheRunWithZeroDays() {
        assertEquals("PURGED=100", batchlet("0", "1000").process());
        assertEquals(0, trail.entries.size());
    }

    @Test
    void shouldStopBetweenChunksWhenAsked() {
        AuditRetentionBatchlet batchlet = batchlet("30", "7");
        trail.afterChunk = batchlet::stop;

        assertEquals("PURGED=7", batchlet.process());
        assertEquals(93, trail.entries.size());
    }

    @Test
    void shouldRefuseANegativeRetention() {
        assertThrows(IllegalArgumentException.class, () -> batchlet("-1", "10").process());
        assertEquals(100, trail.entries.size());
    }

    @Test
    void shouldReadTheCountBackFromItsExitStatusOnly() {
        assertEquals(OptionalLong.of(70), AuditRetentionBatchlet.purgedFrom("PURGED=70"));
        assertEquals(OptionalLong.empty(), AuditRetentionBatchlet.purgedFrom("COMPLETED"));
        assertEquals(OptionalLong.empty(), AuditRetentionBatchlet.purgedFrom("PURGED=x"));
        assertEquals(OptionalLong.empty(), AuditRetentionBatchlet.purgedFrom(null));
    }

    private AuditRetentionBatchlet batchlet(String days, String chunk) {
        AuditRetentionBatchlet batchlet = new AuditRetentionBatchlet();
        batchlet.purge = trail;
        batchlet.retentionDays = days;
        batchlet.chunkSize = chunk;
        batchlet.requestedBy = "admin";
        batchlet.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return batchlet;
    }

    private static final class InMemoryAuditTrail implements AuditPurge {
        final List<Instant> entries;
        final List<Integer> chunkResults = new ArrayList<>();
        final List<String> records = new ArrayList<>();
        Runnable afterChunk = () -> { };

        InMemoryAuditTrail(List<Instant> entries) {
            this.entries = new ArrayList<>(entries);
        }

        @Override
        public int purgeBefore(Instant cutoff, int limit) {
            List<Instant> doomed = entries.stream().filter(e -> e.isBefore(cutoff)).sorted().limit(limit).toList();
            entries.removeAll(doomed);
            chunkResults.add(doomed.size());
            afterChunk.run();
            return doomed.size();
        }

        @Override
        public void recordPurge(String requestedBy, Instant cutoff, long purged) {
            records.add(requestedBy + " deleted " + purged + " before " + cutoff);
        }
    }
}
