package com.dxp.collector.genesys.simulator.events;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pekko.http.scaladsl.Http;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import scala.concurrent.Await;
import scala.concurrent.duration.FiniteDuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS endpoint on this machine (embedded ElasticMQ), so that the simulator can deliver EventBridge events the
 * way AWS does and the collector can read them with its real SQS client. It listens on 127.0.0.1 only and
 * creates each queue with a dead-letter queue, as a production set-up would.
 */
public final class LocalSqs implements AutoCloseable {

    /** The account id ElasticMQ puts in queue URLs and ARNs; there is no real account behind it. */
    public static final String ACCOUNT_ID = "000000000000";
    public static final Region REGION = Region.US_EAST_1;

    private static final Logger LOG = Logger.getLogger(LocalSqs.class.getName());
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final SQSRestServer server;
    private final URI endpoint;
    private final SqsClient admin;
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** Guarded by this. */
    private final Map<String, Created> queues = new HashMap<>();

    private record Created(QueueSettings settings, SqsQueues urls) {
    }

    private LocalSqs(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.admin = client(endpoint);
    }

    /** Starts ElasticMQ on a free port of 127.0.0.1. */
    public static LocalSqs start() {
        return start(0);
    }

    /**
     * Starts ElasticMQ on 127.0.0.1.
     *
     * @param port the port, or 0 for a free one
     */
    public static LocalSqs start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        var builder = SQSRestServerBuilder.withInterface(HOST).withAWSRegion(REGION.id()).withAWSAccountId(ACCOUNT_ID);
        builder = port == 0 ? builder.withDynamicPort() : builder.withPort(port);
        SQSRestServer server = builder.start();
        Http.ServerBinding binding;
        try {
            binding = Await.result(server.startFuture(), finite(START_TIMEOUT));
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("ElasticMQ did not start on " + HOST + ":" + port + " within "
                    + START_TIMEOUT, e);
        }
        InetSocketAddress address = binding.localAddress();
        URI endpoint = URI.create("http://" + HOST + ":" + address.getPort());
        LOG.log(Level.INFO, "Local SQS (ElasticMQ) listening on {0}", endpoint);
        return new LocalSqs(server, endpoint);
    }

    /** Where SQS clients connect, e.g. {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Creates the queue and its dead-letter queue, or returns them when they already exist with the same
     * settings.
     *
     * @throws IllegalStateException when the queue exists with other settings
     */
    public synchronized SqsQueues createQueue(QueueSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Created existing = queues.get(settings.name());
        if (existing != null) {
            if (!existing.settings().equals(settings)) {
                throw new IllegalStateException("queue " + settings.name() + " already exists with "
                        + existing.settings());
            }
            return existing.urls();
        }
        // SQS itself also answers CreateQueue idempotently for equal attributes; this map makes a conflicting
        // second call fail before it reaches the server, with our settings in the message
        Created created = new Created(settings, createOnServer(settings));
        queues.put(settings.name(), created);
        return created.urls();
    }

    /** The URLs of a queue created before, if any. */
    public synchronized Optional<SqsQueues> queue(String name) {
        return Optional.ofNullable(queues.get(name)).map(Created::urls);
    }

    /** A new client for this endpoint; the caller closes it. */
    public SqsClient newClient() {
        return client(endpoint);
    }

    /**
     * A client for an SQS endpoint such as ElasticMQ: JDK HTTP connection with explicit timeouts (the socket
     * timeout is longer than SQS's longest long poll of 20 s), dummy static credentials, region us-east-1.
     */
    public static SqsClient client(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(35))
                        .apiCallTimeout(Duration.ofSeconds(90))
                        .build())
                .build();
    }

    /** Stops the server (bounded wait); queues and messages are gone afterwards. Stopping twice is harmless. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        admin.close();
        stopQuietly(server);
        LOG.log(Level.INFO, "Local SQS at {0} stopped", endpoint);
    }

    @Override
    public void close() {
        stop();
    }

    private SqsQueues createOnServer(QueueSettings settings) {
        String dlqUrl = admin.createQueue(b -> b.queueName(settings.deadLetterQueueName())).queueUrl();
        String dlqArn = admin.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrive = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\""
                + settings.maxReceiveCount() + "\"}";
        String queueUrl = admin.createQueue(b -> b.queueName(settings.name()).attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY, redrive,
                QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(settings.visibilityTimeout().toSeconds()))))
                .queueUrl();
        LOG.log(Level.FINE, "Created queue {0} with dead-letter queue {1}", new Object[] {queueUrl, dlqUrl});
        return new SqsQueues(queueUrl, dlqUrl);
    }

    private static void stopQuietly(SQSRestServer server) {
        try {
            Await.ready(server.stopAndGetFuture().apply(), finite(STOP_TIMEOUT));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "ElasticMQ did not stop cleanly within " + STOP_TIMEOUT, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static FiniteDuration finite(Duration duration) {
        return FiniteDuration.apply(duration.toMillis(), TimeUnit.MILLISECONDS);
    }
}
