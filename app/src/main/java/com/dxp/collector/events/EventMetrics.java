package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The live path's figures in the application metric registry (Prometheus at {@code /metrics}): messages received,
 * events stored and recognised as duplicates per queue, quarantined messages per reason, failed batches, receive
 * loops restarted after a fault, and the enrichment worker's calls, stored conversations and lag from event to stored
 * record.
 */
@ApplicationScoped
public class EventMetrics {

    @Inject
    MetricRegistry registry;

    void received(String queue, int messages) {
        registry.counter("events.received", new Tag("queue", queue)).inc(messages);
    }

    void stored(String queue, int fresh, int duplicates, List<RejectedMessage> rejected) {
        registry.counter("events.stored", new Tag("queue", queue)).inc(fresh);
        registry.counter("events.duplicates", new Tag("queue", queue)).inc(duplicates);
        for (RejectedMessage m : rejected) {
            registry.counter("events.quarantined", new Tag("queue", queue), new Tag("reason", m.reason().name()))
                    .inc();
        }
    }

    /** How long one step of a receive loop took: receive, sort, store or delete. */
    void step(String queue, String step, long nanos) {
        registry.timer("events.batch.step", new Tag("queue", queue), new Tag("step", step))
                .update(Duration.ofNanos(nanos));
    }

    void loopRestarted(String queue) {
        registry.counter("events.loop-restarts", new Tag("queue", queue)).inc();
    }

    void failed(String queue) {
        registry.counter("events.failed-batches", new Tag("queue", queue)).inc();
    }

    void enrichmentDeferred(UUID tenantId, int conversations) {
        registry.counter("events.enrichment.deferred", new Tag("tenant", tenantId.toString())).inc(conversations);
    }

    void enrichmentCall(int conversations) {
        registry.counter("events.enrichment.calls").inc();
        registry.counter("events.enrichment.requested").inc(conversations);
    }

    void enriched(int complete, int retried, int gaveUp) {
        registry.counter("events.enrichment.complete").inc(complete);
        registry.counter("events.enrichment.retried").inc(retried);
        registry.counter("events.enrichment.gave-up").inc(gaveUp);
    }

    void enrichmentLag(Duration sinceEvent) {
        registry.timer("events.enrichment.lag").update(sinceEvent);
    }
}
