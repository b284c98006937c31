package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when every configured event queue answers: without SQS, events pile up unseen. No queue configured
 * (the live path off) is ready, and says so. Its data also shows the receive loops restarted after a fault and the
 * queues waiting for the database (which the database check reports DOWN).
 */
@Readiness
@ApplicationScoped
public class SqsReadinessCheck implements HealthCheck {

    @Inject
    EventsConfig config;

    @Inject
    EventQueues queues;

    @Inject
    EventPollers pollers;

    @Override
    public HealthCheckResponse call() {
        List<QueueStatus> statuses = pollers.statuses();
        // shown, not judged: a restarted loop or a wait for the database is the poller handling a fault
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sqs")
                .withData("queues", config.queueUrls().size())
                .withData("loopRestarts", statuses.stream().mapToLong(QueueStatus::loopRestarts).sum())
                .withData("waitingForDatabase", statuses.stream()
                        .filter(s -> s.state().equals("WAITING_FOR_DATABASE")).count());
        for (String url : config.queueUrls()) {
            try {
                queues.depth(url);
            } catch (RuntimeException e) {
                // the exception class is enough: SDK messages can carry account ids and request ids
                return response.down().withData("queue", EventQueues.name(url))
                        .withData("reason", e.getClass().getSimpleName()).build();
            }
        }
        return response.up().build();
    }
}
