package com.dxp.collector.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The collector's only door to SQS: one client (the JDK's URL connection client, bounded connect, socket and call
 * timeouts, the SDK's bounded standard retries) and the calls the poller needs, batch calls split into SQS's chunks
 * of 10. AWS credentials come from the SDK's default chain; with an endpoint override (ElasticMQ) and no
 * credentials there, requests go unsigned.
 */
@ApplicationScoped
public class EventQueues {

    /** SQS's limit of messages per receive and per batch call. */
    static final int MAX_PER_CALL = 10;

    @Inject
    EventsConfig config;

    private volatile SqsClient client;

    /** Up to 10 messages, waiting up to the configured long-poll time, hidden for the visibility timeout. */
    public List<Message> receive(String queueUrl) {
        return receive(queueUrl, config.waitSeconds());
    }

    /** Up to 10 more messages that are there now, without waiting: tops up a batch on a busy queue. */
    public List<Message> receiveWaiting(String queueUrl) {
        return receive(queueUrl, 0);
    }

    private List<Message> receive(String queueUrl, int waitSeconds) {
        return client().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(MAX_PER_CALL)
                .waitTimeSeconds(waitSeconds)
                .visibilityTimeout((int) config.visibilityTimeout().toSeconds())).messages();
    }

    /** Deletes processed messages; returns how many SQS refused (they come back and are recognised as seen). */
    public int delete(String queueUrl, List<Message> messages) {
        int refused = 0;
        for (int from = 0; from < messages.size(); from += MAX_PER_CALL) {
            List<Message> chunk = messages.subList(from, Math.min(messages.size(), from + MAX_PER_CALL));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle()).build());
            }
            DeleteMessageBatchResponse response = client().deleteMessageBatch(r -> r.queueUrl(queueUrl)
                    .entries(entries));
            refused += response.failed().size();
        }
        return refused;
    }

    /** Hides messages for {@code visibility} more (zero: hands them back to other consumers at once). */
    public void changeVisibility(String queueUrl, List<Message> messages, Duration visibility) {
        for (int from = 0; from < messages.size(); from += MAX_PER_CALL) {
            List<Message> chunk = messages.subList(from, Math.min(messages.size(), from + MAX_PER_CALL));
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(chunk.get(i).receiptHandle())
                        .visibilityTimeout((int) visibility.toSeconds()).build());
            }
            client().changeMessageVisibilityBatch(r -> r.queueUrl(queueUrl).entries(entries));
        }
    }

    /** Messages waiting and in flight, as SQS approximates them. */
    public Map<QueueAttributeName, String> depth(String queueUrl) {
        return client().getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
    }

    /** The queue's name: the last segment of its URL. */
    public static String name(String queueUrl) {
        String path = URI.create(queueUrl).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private SqsClient client() {
        SqsClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                c = client;
            }
        }
        return c;
    }

    private SqsClient build() {
        Duration callTimeout = config.callTimeout();
        var builder = SqsClient.builder().region(Region.of(config.region()))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(callTimeout).build())
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout.plusSeconds(5))
                        .apiCallAttemptTimeout(callTimeout));
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        if (config.endpoint().isPresent()) {
            builder.endpointOverride(config.endpoint().get());
            credentials = AwsCredentialsProviderChain.of(credentials, AnonymousCredentialsProvider.create());
        }
        return builder.credentialsProvider(credentials).build();
    }

    @PreDestroy
    void close() {
        SqsClient c = client;
        if (c != null) {
            c.close();
        }
    }
}
