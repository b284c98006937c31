package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when every configured event queue answers: without SQS, events pile up unseen. No queue configured
 * (the live path off) is ready, and says so.
 */
@Readiness
@ApplicationScoped
public class SqsReadinessCheck implements HealthCheck {

    @Inject
    EventsConfig config;

    @Inject
    EventQueues queues;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sqs")
                .withData("queues", config.queueUrls().size());
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
