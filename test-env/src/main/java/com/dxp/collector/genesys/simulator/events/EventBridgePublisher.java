package com.dxp.collector.genesys.simulator.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Plays the part of the EventBridge rule whose target is the collector's SQS queue: wraps Genesys events in
 * the EventBridge envelope and sends them with SendMessageBatch (at most 10 messages and 256 KiB per call,
 * failed entries reported). On request it misbehaves the way real deliveries can: the same message twice, the
 * same event again under a new EventBridge id, a batch out of order, or a malformed message.
 */
public final class EventBridgePublisher implements EventSink {

    /** SQS's limits for one SendMessageBatch call. */
    static final int MAX_BATCH_ENTRIES = 10;
    static final int MAX_BATCH_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(EventBridgePublisher.class.getName());

    private final SqsClient sqs;
    private final String queueUrl;
    private final EventBridgeEnvelopes envelopes;
    private final Clock clock;

    /**
     * @param sqs       the client (its timeouts bound every call)
     * @param queueUrl  the target queue
     * @param envelopes how events are wrapped (settings and id source)
     * @param clock     the time of retried deliveries
     */
    public EventBridgePublisher(SqsClient sqs, String queueUrl, EventBridgeEnvelopes envelopes, Clock clock) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void publish(List<GenesysEvent> events) {
        publishAll(events);
    }

    /** Wraps and sends the events in order; returns the messages sent. */
    public List<EventBridgeMessage> publishAll(List<GenesysEvent> events) {
        List<EventBridgeMessage> messages = events.stream().map(envelopes::wrap).toList();
        sendMessages(messages);
        return messages;
    }

    /** Sends the same message twice (the same EventBridge id), as an at-least-once queue may deliver it. */
    public EventBridgeMessage publishDuplicated(GenesysEvent event) {
        EventBridgeMessage message = envelopes.wrap(event);
        sendMessages(List.of(message, message));
        return message;
    }

    /**
     * Sends the event, then the same event again under a new EventBridge id and the current time, as when
     * Genesys retries a delivery: the detail, correlation id included, is the same.
     *
     * @return the original and the retry
     */
    public List<EventBridgeMessage> publishRetried(GenesysEvent event) {
        EventBridgeMessage original = envelopes.wrap(event);
        EventBridgeMessage retry = envelopes.rewrap(original, clock.instant());
        List<EventBridgeMessage> both = List.of(original, retry);
        sendMessages(both);
        return both;
    }

    /**
     * Wraps the events in order, then sends them shuffled (seeded), as deliveries can arrive out of order.
     *
     * @return the messages in the order they were sent
     */
    public List<EventBridgeMessage> publishShuffled(List<GenesysEvent> events, long seed) {
        List<EventBridgeMessage> messages = new ArrayList<>(events.stream().map(envelopes::wrap).toList());
        Collections.shuffle(messages, new Random(seed));
        sendMessages(messages);
        return List.copyOf(messages);
    }

    /** Sends a broken message made from the event; returns its body. */
    public String publishMalformed(GenesysEvent event, Malformation malformation) {
        String body = envelopes.malformed(event, malformation);
        send(List.of(body));
        return body;
    }

    /** Sends message bodies as they are, in batches. */
    public void send(List<String> bodies) {
        List<String> batch = new ArrayList<>(MAX_BATCH_ENTRIES);
        int batchBytes = 0;
        for (String body : bodies) {
            int bytes = body.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BATCH_BYTES) {
                throw new IllegalArgumentException("message of " + bytes + " bytes exceeds SQS's 256 KiB");
            }
            if (batch.size() == MAX_BATCH_ENTRIES || batchBytes + bytes > MAX_BATCH_BYTES) {
                sendBatch(batch);
                batch.clear();
                batchBytes = 0;
            }
            batch.add(body);
            batchBytes += bytes;
        }
        if (!batch.isEmpty()) {
            sendBatch(batch);
        }
    }

    private void sendMessages(List<EventBridgeMessage> messages) {
        send(messages.stream().map(EventBridgeMessage::body).toList());
    }

    private void sendBatch(List<String> bodies) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(bodies.get(i)).build());
        }
        SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        if (!response.failed().isEmpty()) {
            List<String> failures = response.failed().stream()
                    .map(f -> "entry " + f.id() + ": " + f.code() + " " + f.message()).toList();
            throw new EventPublishException(failures.size() + " of " + bodies.size()
                    + " messages not accepted by " + queueUrl, failures);
        }
        LOG.log(Level.FINE, "Sent {0} messages to {1}", new Object[] {bodies.size(), queueUrl});
    }
}
