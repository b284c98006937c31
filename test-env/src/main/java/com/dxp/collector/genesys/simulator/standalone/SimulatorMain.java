package com.dxp.collector.genesys.simulator.standalone;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Runs the local Genesys Cloud alone until Ctrl-C ({@code mvn -Psimulator package}; see the README). Settings
 * are system properties: {@code simulator.port} (9480), {@code simulator.sqs-port} (9324),
 * {@code simulator.queue} (genesys-events), {@code simulator.orgs} (2), {@code simulator.conversations-per-day}
 * (20000), {@code simulator.seed} (42), {@code simulator.live-events} (true), {@code simulator.wild} (false: true
 * makes every org serve wild data).
 */
public final class SimulatorMain {

    private static final Logger LOG = Logger.getLogger(SimulatorMain.class.getName());

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalGenesysCloudConfig config = LocalGenesysCloudConfig.fromSystemProperties();
        LocalGenesysCloud cloud = LocalGenesysCloud.start(config, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cloud.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        LOG.info(describe(cloud));
        stopped.await();
    }

    /** Where everything is, and the demo clients' credentials (simulated orgs only: nothing real). */
    public static String describe(LocalGenesysCloud cloud) {
        StringBuilder text = new StringBuilder("\nGenesys Cloud simulator is running.\n")
                .append("  API (region base URL)  ").append(cloud.api().baseUri()).append('\n')
                .append("  Control API            ").append(cloud.api().baseUri().resolve("/simulator/requests"))
                .append('\n')
                .append("  SQS endpoint           ").append(cloud.sqs().endpoint()).append('\n')
                .append("  EventBridge queue      ").append(cloud.queues().queueUrl()).append('\n')
                .append("  Dead-letter queue      ").append(cloud.queues().deadLetterQueueUrl()).append('\n');
        for (SimulatedOrg org : cloud.orgs()) {
            text.append("  Org ").append(org.spec().name()).append("  id ").append(org.spec().orgId())
                    .append(", ").append(org.spec().conversationsPerDay()).append(" conversations/day")
                    .append(org.spec().wildData() ? ", wild data\n" : "\n");
            for (ClientSpec client : org.spec().clients()) {
                text.append("    client ").append(client.clientId()).append(" / ").append(client.secret())
                        .append("  (").append(client.permissions().size()).append(" permissions)\n");
            }
        }
        return text.toString();
    }
}
