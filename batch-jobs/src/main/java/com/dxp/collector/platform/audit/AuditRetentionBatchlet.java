package com.dxp.collector.platform.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Deletes audit entries older than the retention period, a bounded chunk per transaction so a large purge
 * neither holds locks for long nor needs much memory. Stoppable between chunks. Its exit status is
 * {@code PURGED=<count>}.
 */
@Named("auditRetentionBatchlet")
@Dependent
public class AuditRetentionBatchlet extends AbstractBatchlet {

    /** Exit status prefix; the number after it is how many entries were deleted. */
    public static final String EXIT_PREFIX = "PURGED=";

    @Inject
    AuditPurge purge;

    /** Entries older than this many days are deleted; {@code 0} deletes all written before the run. Required. */
    @Inject
    @BatchProperty
    String retentionDays;

    /** Entries deleted per transaction; default 1000. */
    @Inject
    @BatchProperty
    String chunkSize;

    /** Who asked for the run, for the audit entry that records it. */
    @Inject
    @BatchProperty
    String requestedBy;

    Clock clock = Clock.systemUTC();

    private volatile boolean stopRequested;

    @Override
    public String process() {
        long days = Long.parseLong(retentionDays);
        if (days < 0) {
            throw new IllegalArgumentException("retentionDays must not be negative: " + days);
        }
        int chunk = chunkSize == null || chunkSize.isBlank() ? 1000 : Integer.parseInt(chunkSize);
        if (chunk < 1) {
            throw new IllegalArgumentException("chunkSize must be positive: " + chunk);
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        long purged = 0;
        int deleted;
        do {
            deleted = purge.purgeBefore(cutoff, chunk);
            purged += deleted;
        } while (deleted == chunk && !stopRequested);
        purge.recordPurge(requestedBy == null ? "audit-retention" : requestedBy, cutoff, purged);
        return EXIT_PREFIX + purged;
    }

    /** The number of deleted entries an exit status of this batchlet reports; empty for any other status. */
    public static OptionalLong purgedFrom(String exitStatus) {
        if (exitStatus == null || !exitStatus.startsWith(EXIT_PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(exitStatus.substring(EXIT_PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void stop() {
        stopRequested = true;
    }
}
