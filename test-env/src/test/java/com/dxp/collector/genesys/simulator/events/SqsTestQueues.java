package com.dxp.collector.genesys.simulator.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Reading test queues: receive (with long polls, bounded waits) and delete what arrived. */
final class SqsTestQueues {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SqsTestQueues() {
    }

    /** A queue name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** Receives and deletes exactly {@code expected} messages, failing when fewer come in time or more come. */
    static List<Message> receiveExactly(SqsClient sqs, String queueUrl, int expected) {
        List<Message> received = new ArrayList<>();
        await("%d messages on %s".formatted(expected, queueUrl))
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    received.addAll(receiveAndDelete(sqs, queueUrl, 1));
                    return received.size() >= expected;
                });
        received.addAll(receiveAndDelete(sqs, queueUrl, 1));
        assertEquals(expected, received.size(), "messages on " + queueUrl);
        return received;
    }

    /** One long poll of up to {@code waitSeconds}; deletes what it got. */
    static List<Message> receiveAndDelete(SqsClient sqs, String queueUrl, int waitSeconds) {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(waitSeconds)).messages();
        for (Message message : messages) {
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        return messages;
    }

    static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
