package com.dxp.collector.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Satisfies the audit batchlet's injection point in the Weld container the job tests share (Weld validates every
 * bean at boot); {@link AuditRetentionBatchletTest} uses a trail of its own.
 */
@ApplicationScoped
public class UnusedAuditPurge implements AuditPurge {

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        return 0;
    }

    @Override
    public void recordPurge(String requestedBy, Instant cutoff, long purged) {
    }
}
