package com.dxp.collector.genesys.simulator.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The local SQS listens on loopback, creates queues idempotently and redrives poison messages. */
class LocalSqsTest extends AgainstLocalSqs {


    @Test
    void shouldListenOnLoopbackOnly() {
        assertEquals("127.0.0.1", localSqs.endpoint().getHost());
        assertTrue(localSqs.endpoint().getPort() > 0);
    }

    @Test
    void shouldCreateQueueAndDeadLetterQueueOnce() {
        QueueSettings settings = new QueueSettings(SqsTestQueues.uniqueName("orders"), 3, Duration.ofSeconds(7));

        SqsQueues first = localSqs.createQueue(settings);
        SqsQueues again = localSqs.createQueue(settings);

        assertEquals(first, again);
        assertTrue(first.queueUrl().startsWith(localSqs.endpoint() + "/" + LocalSqs.ACCOUNT_ID + "/"));
        assertTrue(first.deadLetterQueueUrl().endsWith("/" + settings.deadLetterQueueName()));
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(first.queueUrl())
                .attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals("7", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        assertTrue(attributes.get(QueueAttributeName.REDRIVE_POLICY).matches(".*\"maxReceiveCount\":\"?3\"?.*"),
                attributes.get(QueueAttributeName.REDRIVE_POLICY));
        assertTrue(attributes.get(QueueAttributeName.REDRIVE_POLICY).contains(settings.deadLetterQueueName()));
        assertEquals(localSqs.queue(settings.name()).orElseThrow(), first);
    }

    @Test
    void shouldRefuseTheSameQueueWithOtherSettings() {
        String name = SqsTestQueues.uniqueName("orders");
        localSqs.createQueue(new QueueSettings(name, 3, Duration.ofSeconds(7)));

        assertThrows(IllegalStateException.class,
                () -> localSqs.createQueue(new QueueSettings(name, 4, Duration.ofSeconds(7))));
    }

    @Test
    void shouldMoveAMessageToTheDeadLetterQueueAfterMaxReceiveCount() {
        SqsQueues queues = localSqs.createQueue(
                new QueueSettings(SqsTestQueues.uniqueName("poison"), 2, Duration.ofSeconds(30)));
        sqs.sendMessage(b -> b.queueUrl(queues.queueUrl()).messageBody("{\"poison\":true}"));

        for (int receive = 1; receive <= 2; receive++) {
            Message message = receiveOne(queues.queueUrl());
            assertEquals(Integer.toString(receive),
                    message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            // not deleted: make it visible again at once instead of waiting out the visibility timeout
            sqs.changeMessageVisibility(b -> b.queueUrl(queues.queueUrl()).receiptHandle(message.receiptHandle())
                    .visibilityTimeout(0));
        }

        assertEquals(List.of(), sqs.receiveMessage(b -> b.queueUrl(queues.queueUrl()).waitTimeSeconds(1))
                .messages(), "the third receive finds nothing");
        List<Message> dead = SqsTestQueues.receiveExactly(sqs, queues.deadLetterQueueUrl(), 1);
        assertEquals("{\"poison\":true}", dead.get(0).body());
    }

    private Message receiveOne(String queueUrl) {
        return await("a message on " + queueUrl).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1).maxNumberOfMessages(1)
                                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                        .messages(), messages -> messages.size() == 1)
                .get(0);
    }
}
