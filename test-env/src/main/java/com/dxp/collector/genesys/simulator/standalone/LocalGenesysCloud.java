package com.dxp.collector.genesys.simulator.standalone;

import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.api.GenesysSimulator;
import com.dxp.collector.genesys.simulator.events.EventBridgeEnvelopes;
import com.dxp.collector.genesys.simulator.events.EventBridgePublisher;
import com.dxp.collector.genesys.simulator.events.EventBridgeSettings;
import com.dxp.collector.genesys.simulator.events.LiveEventStream;
import com.dxp.collector.genesys.simulator.events.LocalSqs;
import com.dxp.collector.genesys.simulator.events.QueueSettings;
import com.dxp.collector.genesys.simulator.events.SeededIds;
import com.dxp.collector.genesys.simulator.events.SqsQueues;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A Genesys Cloud on this machine: the simulated REST API, an SQS server (ElasticMQ) holding the queue that
 * EventBridge would feed (with its dead-letter queue), a publisher of EventBridge-shaped messages into it, and,
 * if configured, the live stream that publishes each org's events as time passes. Loopback only.
 */
public final class LocalGenesysCloud implements AutoCloseable {

    private final List<SimulatedOrg> orgs;
    private final GenesysSimulator api;
    private final LocalSqs sqs;
    private final SqsQueues queues;
    private final SqsClient sqsClient;
    private final EventBridgePublisher publisher;
    private final LiveEventStream live;

    private LocalGenesysCloud(List<SimulatedOrg> orgs, GenesysSimulator api, LocalSqs sqs, SqsQueues queues,
                              SqsClient sqsClient, EventBridgePublisher publisher, LiveEventStream live) {
        this.orgs = orgs;
        this.api = api;
        this.sqs = sqs;
        this.queues = queues;
        this.sqsClient = sqsClient;
        this.publisher = publisher;
        this.live = live;
    }

    /** Starts everything; on a failure, what was already started is stopped again. */
    public static LocalGenesysCloud start(LocalGenesysCloudConfig config, Clock clock) {
        return start(config, clock, true);
    }

    /**
     * Starts the API and SQS, and the live stream now or only at {@link #startLive()}: a stream that waits still
     * publishes everything from this moment on its first tick, so a collector whose tenants are registered after
     * the start (the demo) gets every event, none quarantined for a tenant it does not know yet.
     */
    public static LocalGenesysCloud start(LocalGenesysCloudConfig config, Clock clock, boolean liveNow) {
        List<SimulatedOrg> orgs = config.orgs().stream()
                .map(spec -> OrgDataFactory.create(spec, config.settings()))
                .toList();
        GenesysSimulator api = GenesysSimulator.builder().orgs(orgs).settings(config.settings()).clock(clock)
                .port(config.apiPort()).faultSeed(config.seed()).build().start();
        LocalSqs sqs = null;
        SqsClient client = null;
        try {
            sqs = LocalSqs.start(config.sqsPort());
            SqsQueues queues = sqs.createQueue(QueueSettings.named(config.queueName()));
            client = sqs.newClient();
            EventBridgePublisher publisher = new EventBridgePublisher(client, queues.queueUrl(),
                    new EventBridgeEnvelopes(EventBridgeSettings.defaults(), new SeededIds(config.seed())), clock);
            LiveEventStream live = null;
            if (config.live() != null) {
                live = new LiveEventStream(orgs, publisher, config.live(), clock);
                if (liveNow) {
                    live.start();
                }
                api.control().attach(live);
            }
            return new LocalGenesysCloud(orgs, api, sqs, queues, client, publisher, live);
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            if (sqs != null) {
                sqs.stop();
            }
            api.stop();
            throw e;
        }
    }

    public List<SimulatedOrg> orgs() {
        return orgs;
    }

    /** The REST API, with its control (faults, revocation, request log). */
    public GenesysSimulator api() {
        return api;
    }

    public LocalSqs sqs() {
        return sqs;
    }

    /** The EventBridge queue and its dead-letter queue. */
    public SqsQueues queues() {
        return queues;
    }

    /** Publishes EventBridge-shaped messages (and, on request, duplicates and malformed ones) into the queue. */
    public EventBridgePublisher publisher() {
        return publisher;
    }

    /** Starts the live stream if there is one and it does not run yet. */
    public void startLive() {
        if (live != null && !live.isRunning()) {
            live.start();
        }
    }

    public Optional<LiveEventStream> live() {
        return Optional.ofNullable(live);
    }

    /** Stops the live stream first (nothing half-published), then the API and the SQS server. */
    @Override
    public void close() {
        if (live != null) {
            live.stop();
        }
        api.stop();
        sqsClient.close();
        sqs.stop();
    }
}
