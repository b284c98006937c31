package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.MapHealthResponses;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SqsException;

class SqsReadinessCheckTest {

    private static final String URL = "http://127.0.0.1:9324/000000000000/events";

    @BeforeAll
    static void healthResponses() {
        MapHealthResponses.install();
    }

    /** Restarted loops and a wait for the database are shown to whoever reads readiness, not hidden in a log. */
    @Test
    void shouldShowRestartedLoopsAndQueuesWaitingForTheDatabase() {
        SqsReadinessCheck check = check(List.of(status("events", "RUNNING", 2), status("other",
                "WAITING_FOR_DATABASE", 1)), false);

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        Map<String, Object> data = response.getData().orElseThrow();
        assertEquals(3L, data.get("loopRestarts"));
        assertEquals(1L, data.get("waitingForDatabase"));
    }

    /** A queue that does not answer makes the server not ready, naming the queue but not the SDK's message. */
    @Test
    void shouldBeDownWhileAQueueDoesNotAnswer() {
        HealthCheckResponse response = check(List.of(status("events", "RUNNING", 0)), true).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("events", response.getData().orElseThrow().get("queue"));
        assertEquals("SqsException", response.getData().orElseThrow().get("reason"));
    }

    private static SqsReadinessCheck check(List<QueueStatus> statuses, boolean queueDown) {
        SqsReadinessCheck check = new SqsReadinessCheck();
        check.config = new EventsConfig();
        check.config.queueUrls = Optional.of(List.of(URL));
        check.pollers = new EventPollers() {
            @Override
            public List<QueueStatus> statuses() {
                return statuses;
            }
        };
        check.queues = new EventQueues() {
            @Override
            public Map<QueueAttributeName, String> depth(String queueUrl) {
                if (queueDown) {
                    throw (SqsException) SqsException.builder().message("account 123456789012 request 42").build();
                }
                return Map.of();
            }
        };
        return check;
    }

    private static QueueStatus status(String queue, String state, long loopRestarts) {
        return new QueueStatus(queue, URL, state, 4, 10, 8, 1, 1, Instant.EPOCH, 0L, 0L, null, null, loopRestarts);
    }
}
