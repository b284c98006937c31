package com.dxp.collector.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the live events feature: the SQS queues and how they are polled, and how the
 * enrichment of ended conversations is paced. Defaults live in {@code META-INF/microprofile-config.properties};
 * AWS credentials come from the AWS SDK's default chain (environment, profile, instance role), never from here.
 */
@ApplicationScoped
public class EventsConfig {

    /** SQS queue URLs to poll, comma-separated; none: the live path is off. */
    @Inject
    @ConfigProperty(name = "events.sqs.queue-urls")
    Optional<List<String>> queueUrls;

    /** AWS region of the queues. */
    @Inject
    @ConfigProperty(name = "events.sqs.region")
    String region;

    /** Endpoint override (ElasticMQ, a VPC endpoint); empty: the region's public endpoint. */
    @Inject
    @ConfigProperty(name = "events.sqs.endpoint")
    Optional<String> endpoint;

    /** Concurrent receive loops per queue. */
    @Inject
    @ConfigProperty(name = "events.sqs.receivers-per-queue")
    int receiversPerQueue;

    /** Most messages stored in one transaction: a full receive is topped up with what is waiting, to this. */
    @Inject
    @ConfigProperty(name = "events.sqs.max-messages-per-transaction")
    int maxMessagesPerTransaction;

    /** Long-poll wait of one receive call, 0-20 seconds. */
    @Inject
    @ConfigProperty(name = "events.sqs.wait-seconds")
    int waitSeconds;

    /** Visibility timeout asked for on receive; a batch still being processed after half of it is extended. */
    @Inject
    @ConfigProperty(name = "events.sqs.visibility-timeout-seconds")
    int visibilityTimeoutSeconds;

    /** Socket read timeout of SQS calls; must exceed the long-poll wait. */
    @Inject
    @ConfigProperty(name = "events.sqs.call-timeout-seconds")
    int callTimeoutSeconds;

    /** Longest pause of a receive loop after failures (it doubles from one second up to this). */
    @Inject
    @ConfigProperty(name = "events.sqs.max-backoff-seconds")
    int maxBackoffSeconds;

    /** How long shutdown waits for batches in flight before it releases the rest to other consumers. */
    @Inject
    @ConfigProperty(name = "events.sqs.shutdown-timeout-seconds")
    int shutdownTimeoutSeconds;

    /** How long a tenant lookup by Genesys org id is reused by the router. */
    @Inject
    @ConfigProperty(name = "events.routing.cache-seconds")
    int routingCacheSeconds;

    /** Longest message body read; longer ones are quarantined unread. */
    @Inject
    @ConfigProperty(name = "events.max-body-chars")
    int maxBodyChars;

    /** How long after a customer.end event its conversation is first fetched (analytics lags the event). */
    @Inject
    @ConfigProperty(name = "events.enrichment.delay-seconds")
    int enrichmentDelaySeconds;

    /** Conversation ids per batch details call (the API takes up to 100). */
    @Inject
    @ConfigProperty(name = "events.enrichment.batch-size")
    int enrichmentBatchSize;

    /** Tenants the enrichment worker serves at once, each on its own thread, so one slow tenant holds up no other. */
    @Inject
    @ConfigProperty(name = "events.enrichment.parallel-tenants")
    int enrichmentParallelTenants;

    /** How often the enrichment worker looks for due conversations. */
    @Inject
    @ConfigProperty(name = "events.enrichment.poll-millis")
    long enrichmentPollMillis;

    /**
     * Re-fetch delay of a record still incomplete or not yet in analytics, within the steady window; past it the
     * delay doubles per fetch ({@link RefetchSchedule}).
     */
    @Inject
    @ConfigProperty(name = "events.enrichment.retry-seconds")
    int enrichmentRetrySeconds;

    /** How long after the event a record is re-fetched every retry: the agents' wrap-up usually ends within it. */
    @Inject
    @ConfigProperty(name = "events.enrichment.steady-retry-minutes")
    int enrichmentSteadyRetryMinutes;

    /** Longest re-fetch delay. */
    @Inject
    @ConfigProperty(name = "events.enrichment.max-retry-seconds")
    int enrichmentMaxRetrySeconds;

    /** After this long since the event, an incomplete record is kept as it is and no longer re-fetched. */
    @Inject
    @ConfigProperty(name = "events.enrichment.max-age-minutes")
    int enrichmentMaxAgeMinutes;

    /**
     * Pending enrichment tasks at which the receive loops pause: when the Genesys budget cannot keep up, events wait
     * in SQS (which keeps them for days) instead of growing the database's work list without bound.
     */
    @Inject
    @ConfigProperty(name = "events.enrichment.max-backlog")
    int enrichmentMaxBacklog;

    /**
     * Pending enrichment tasks of one tenant at which its further ended conversations are not queued but left to
     * reconciliation (the nightly catch-up fetches them), so one stuck tenant never pauses the others' events.
     */
    @Inject
    @ConfigProperty(name = "events.enrichment.max-backlog-per-tenant")
    int enrichmentMaxBacklogPerTenant;

    /**
     * Days an event receipt is kept to recognise a redelivery; longer than SQS keeps a message (at most 14 days)
     * and than Genesys retries a delivery (4 days). Tasks given up on are dropped after as long.
     */
    @Inject
    @ConfigProperty(name = "events.receipts.retention-days")
    int receiptRetentionDays;

    /**
     * How often each tenant with an EventBridge source has its event stream checked: the conversations the
     * analytics API says ended since the last check, set against the customer.end events received. 0: never.
     */
    @Inject
    @ConfigProperty(name = "events.stream-check.interval-seconds")
    int streamCheckIntervalSeconds;

    /**
     * How long after a conversation's end the check looks at it: long enough for the analytics API to show the end
     * (seconds in Genesys, up to two minutes in the simulator) and for its event to be in (EventBridge and SQS deliver
     * within seconds, and the customer.end event comes before the conversation's end, as after-call work follows it).
     */
    @Inject
    @ConfigProperty(name = "events.stream-check.settle-seconds")
    int streamCheckSettleSeconds;

    /**
     * How long before its end a conversation the check looks for may have started: the query's interval reaches
     * back this far (Genesys indexes conversations by the UTC day they started).
     */
    @Inject
    @ConfigProperty(name = "events.stream-check.lookback-hours")
    int streamCheckLookbackHours;

    /** Conversations missed in one window before the check calls the stream silent or missing events. */
    @Inject
    @ConfigProperty(name = "events.stream-check.min-missing")
    int streamCheckMinMissing;

    /** Share of the ended conversations missed (0-1) from which events are said to go missing. */
    @Inject
    @ConfigProperty(name = "events.stream-check.missed-share")
    double streamCheckMissedShare;

    /** Query pages (100 conversations each) one check reads at most; what lies beyond waits for reconciliation. */
    @Inject
    @ConfigProperty(name = "events.stream-check.max-pages")
    int streamCheckMaxPages;

    /** Minutes of silence after which a silent stream makes the tenant ERROR rather than LATE. */
    @Inject
    @ConfigProperty(name = "events.stream-check.error-after-minutes")
    int streamCheckErrorAfterMinutes;

    public List<String> queueUrls() {
        return queueUrls.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String region() {
        return region;
    }

    public Optional<URI> endpoint() {
        return endpoint.map(String::trim).filter(s -> !s.isEmpty()).map(URI::create);
    }

    /** Receive loops per queue, 1 to 64: each is a thread of its own, as is its delete. */
    public int receiversPerQueue() {
        return Math.max(1, Math.min(64, receiversPerQueue));
    }

    public int maxMessagesPerTransaction() {
        return Math.max(1, Math.min(100, maxMessagesPerTransaction));
    }

    public int waitSeconds() {
        return Math.max(0, Math.min(20, waitSeconds));
    }

    public Duration visibilityTimeout() {
        return Duration.ofSeconds(Math.max(10, visibilityTimeoutSeconds));
    }

    public Duration callTimeout() {
        return Duration.ofSeconds(Math.max(waitSeconds() + 5L, callTimeoutSeconds));
    }

    public Duration maxBackoff() {
        return Duration.ofSeconds(Math.max(1, maxBackoffSeconds));
    }

    public Duration shutdownTimeout() {
        return Duration.ofSeconds(Math.max(1, shutdownTimeoutSeconds));
    }

    public Duration routingCache() {
        return Duration.ofSeconds(Math.max(0, routingCacheSeconds));
    }

    public int maxBodyChars() {
        return maxBodyChars;
    }

    public Duration enrichmentDelay() {
        return Duration.ofSeconds(Math.max(0, enrichmentDelaySeconds));
    }

    public int enrichmentBatchSize() {
        return Math.max(1, Math.min(100, enrichmentBatchSize));
    }

    public Duration enrichmentPoll() {
        return Duration.ofMillis(Math.max(50, enrichmentPollMillis));
    }

    public Duration enrichmentRetry() {
        return Duration.ofSeconds(Math.max(1, enrichmentRetrySeconds));
    }

    public int enrichmentParallelTenants() {
        return Math.max(1, Math.min(64, enrichmentParallelTenants));
    }

    public Duration enrichmentMaxRetry() {
        return Duration.ofSeconds(Math.max(1, enrichmentMaxRetrySeconds));
    }

    /** When an incomplete or missing record is fetched again. */
    public RefetchSchedule enrichmentRefetch() {
        return new RefetchSchedule(enrichmentRetry(), Duration.ofMinutes(Math.max(0, enrichmentSteadyRetryMinutes)),
                enrichmentMaxRetry());
    }

    public Duration enrichmentMaxAge() {
        return Duration.ofMinutes(Math.max(1, enrichmentMaxAgeMinutes));
    }

    public long enrichmentMaxBacklog() {
        return Math.max(1, enrichmentMaxBacklog);
    }

    public long enrichmentMaxBacklogPerTenant() {
        return Math.max(1, enrichmentMaxBacklogPerTenant);
    }

    public Duration receiptRetention() {
        return Duration.ofDays(Math.max(1, receiptRetentionDays));
    }

    /** Zero when the check is off. */
    public Duration streamCheckInterval() {
        return Duration.ofSeconds(Math.max(0, streamCheckIntervalSeconds));
    }

    public Duration streamCheckSettle() {
        return Duration.ofSeconds(Math.max(0, streamCheckSettleSeconds));
    }

    public Duration streamCheckLookback() {
        return Duration.ofHours(Math.min(24 * 30, Math.max(1, streamCheckLookbackHours)));
    }

    public int streamCheckMinMissing() {
        return Math.max(1, streamCheckMinMissing);
    }

    public double streamCheckMissedShare() {
        return Math.min(1, Math.max(0, streamCheckMissedShare));
    }

    public int streamCheckMaxPages() {
        return Math.max(1, streamCheckMaxPages);
    }

    public Duration streamCheckErrorAfter() {
        return Duration.ofMinutes(Math.max(1, streamCheckErrorAfterMinutes));
    }
}
