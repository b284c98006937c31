package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The live path's figures in the application metric registry (Prometheus at {@code /metrics}): messages received,
 * events stored and recognised as duplicates per queue, quarantined messages per reason, failed batches, receive
 * loops restarted after a fault, and the enrichment worker's calls, stored conversations and each tenant's lag from
 * event to stored record. Every metric has its HELP text.
 */
@ApplicationScoped
public class EventMetrics {

    @Inject
    MetricRegistry registry;

    private static final Metadata RECEIVED = help("events.received",
            "SQS messages received per queue (redeliveries included)");
    private static final Metadata STORED = help("events.stored", "New events stored per queue");
    private static final Metadata DUPLICATES = help("events.duplicates",
            "Events received again and recognised by their receipt, per queue");
    private static final Metadata QUARANTINED = help("events.quarantined",
            "Messages set aside in quarantine per queue and reason, waiting for a replay");
    private static final Metadata STEP = help("events.batch.step",
            "Time of one step of a receive loop per queue: receive, sort, store, delete");
    private static final Metadata LOOP_RESTARTS = help("events.loop-restarts",
            "Receive loops that ended on a fault and were started again, per queue");
    private static final Metadata FAILED = help("events.failed-batches",
            "Received batches that could not be stored and were left in SQS, per queue");
    private static final Metadata DEFERRED = help("events.enrichment.deferred",
            "Ended conversations of a tenant left to reconciliation because its enrichment work list was full");
    private static final Metadata CALLS = help("events.enrichment.calls", "Batch details calls of live enrichment");
    private static final Metadata REQUESTED = help("events.enrichment.requested",
            "Conversations asked for by live enrichment calls");
    private static final Metadata COMPLETE = help("events.enrichment.complete",
            "Conversations live enrichment stored complete");
    private static final Metadata RETRIED = help("events.enrichment.retried",
            "Conversations put back for a later fetch (incomplete, not visible yet, or failed)");
    private static final Metadata GAVE_UP = help("events.enrichment.gave-up",
            "Conversations still incomplete at the maximum age, kept as they were");
    private static final Metadata LAG = help("events.enrichment.lag",
            "Time per tenant from a conversation's customer.end event (or a check's request) to its complete record"
                    + " stored");

    void received(String queue, int messages) {
        registry.counter(RECEIVED, new Tag("queue", queue)).inc(messages);
    }

    void stored(String queue, int fresh, int duplicates, List<RejectedMessage> rejected) {
        registry.counter(STORED, new Tag("queue", queue)).inc(fresh);
        registry.counter(DUPLICATES, new Tag("queue", queue)).inc(duplicates);
        for (RejectedMessage m : rejected) {
            registry.counter(QUARANTINED, new Tag("queue", queue), new Tag("reason", m.reason().name())).inc();
        }
    }

    /** How long one step of a receive loop took: receive, sort, store or delete. */
    void step(String queue, String step, long nanos) {
        registry.timer(STEP, new Tag("queue", queue), new Tag("step", step)).update(Duration.ofNanos(nanos));
    }

    void loopRestarted(String queue) {
        registry.counter(LOOP_RESTARTS, new Tag("queue", queue)).inc();
    }

    void failed(String queue) {
        registry.counter(FAILED, new Tag("queue", queue)).inc();
    }

    void enrichmentDeferred(UUID tenantId, int conversations) {
        registry.counter(DEFERRED, new Tag("tenant", tenantId.toString())).inc(conversations);
    }

    void enrichmentCall(int conversations) {
        registry.counter(CALLS).inc();
        registry.counter(REQUESTED).inc(conversations);
    }

    void enriched(int complete, int retried, int gaveUp) {
        registry.counter(COMPLETE).inc(complete);
        registry.counter(RETRIED).inc(retried);
        registry.counter(GAVE_UP).inc(gaveUp);
    }

    void enrichmentLag(UUID tenantId, Duration sinceEvent) {
        registry.timer(LAG, new Tag("tenant", tenantId.toString())).update(sinceEvent);
    }

    private static Metadata help(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
