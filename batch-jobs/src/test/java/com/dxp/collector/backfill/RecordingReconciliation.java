package com.dxp.collector.backfill;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Reconciliation} that records what it was asked to reconcile and finds every day complete. */
@ApplicationScoped
public class RecordingReconciliation implements Reconciliation {

    /** One call: the tenant and period. */
    public record Call(UUID tenantId, Instant from, Instant to) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public void reset() {
        calls.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ReconciledDays reconcile(long jobInstanceId, UUID tenantId, Instant from, Instant to) {
        calls.add(new Call(tenantId, from, to));
        return new ReconciledDays(0, 0, 0, null);
    }
}
