package com.dxp.collector.events;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.events.EventBridgeEnvelopes;
import com.dxp.collector.genesys.simulator.events.EventBridgePublisher;
import com.dxp.collector.genesys.simulator.events.EventBridgeSettings;
import com.dxp.collector.genesys.simulator.events.LocalSqs;
import com.dxp.collector.genesys.simulator.events.QueueSettings;
import com.dxp.collector.genesys.simulator.events.SqsQueues;
import java.time.Clock;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one ElasticMQ of the integration tests, on the loopback port the build gives the server to poll
 * ({@code it.sqs.port}), with the queue it polls, and a publisher of EventBridge-shaped messages from the
 * simulator's org into it. Started once per failsafe JVM, before the first test ({@code ItServices}).
 */
public final class SqsForIts {

    private static LocalSqs sqs;
    private static SqsQueues queues;
    private static SqsClient client;

    private SqsForIts() {
    }

    public static synchronized SqsQueues start() {
        if (sqs == null) {
            sqs = LocalSqs.start(Integer.getInteger("it.sqs.port", 19324));
            queues = sqs.createQueue(QueueSettings.named(System.getProperty("it.sqs.queue", "collector-it-events")));
            client = sqs.newClient();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                client.close();
                sqs.stop();
            }, "sqs-for-its-stop"));
        }
        return queues;
    }

    /** A publisher into the polled queue, for the simulator's org. */
    public static EventBridgePublisher publisher() {
        SqsQueues q = start();
        SimulatorForIts.org();
        return new EventBridgePublisher(client, q.queueUrl(), new EventBridgeEnvelopes(EventBridgeSettings.defaults(),
                com.dxp.collector.genesys.simulator.events.SeededIds.unseeded()),
                Clock.systemUTC());
    }

    /** Another queue on the same ElasticMQ (for the benchmark's bare drain), created if needed. */
    public static SqsQueues queue(String name) {
        start();
        return sqs.createQueue(QueueSettings.named(name));
    }

    public static SqsClient client() {
        start();
        return client;
    }
}
