package com.dxp.collector.genesys.simulator.standalone;

import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.events.LiveStreamSettings;
import java.util.List;
import java.util.Objects;

/**
 * How to start a {@link LocalGenesysCloud}.
 *
 * @param apiPort    port of the REST API on 127.0.0.1 ({@code 0}: any free port)
 * @param sqsPort    port of ElasticMQ on 127.0.0.1 ({@code 0}: any free port)
 * @param queueName  the SQS queue EventBridge delivers into (a {@code -dlq} twin is created beside it)
 * @param orgs       the simulated orgs
 * @param settings   API behaviour (token lifetime, rate limit, paging caps, late completion...)
 * @param live       live event settings; {@code null} starts no live events
 * @param seed       seed of event ids and fault choices
 */
public record LocalGenesysCloudConfig(int apiPort, int sqsPort, String queueName, List<OrgSpec> orgs,
                                      SimulatorSettings settings, LiveStreamSettings live, long seed) {

    public LocalGenesysCloudConfig {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(settings, "settings");
        orgs = List.copyOf(orgs);
        if (orgs.isEmpty()) {
            throw new IllegalArgumentException("at least one org");
        }
    }

    /** Live events with a look-back that covers the longest conversation the generator makes. */
    public static LiveStreamSettings liveDefaults() {
        return LiveStreamSettings.defaults().withMaxConversationDuration(OrgDataFactory.MAX_CONVERSATION_DURATION);
    }

    /** Reads the configuration from system properties, with demo defaults (see {@link SimulatorMain}). */
    public static LocalGenesysCloudConfig fromSystemProperties() {
        long seed = Long.getLong("simulator.seed", 42L);
        int orgCount = Integer.getInteger("simulator.orgs", 2);
        int perDay = Integer.getInteger("simulator.conversations-per-day", 20_000);
        boolean live = Boolean.parseBoolean(System.getProperty("simulator.live-events", "true"));
        boolean wild = Boolean.parseBoolean(System.getProperty("simulator.wild", "false"));
        List<OrgSpec> orgs = DemoOrgs.create(orgCount, seed, perDay);
        return new LocalGenesysCloudConfig(
                Integer.getInteger("simulator.port", 9480),
                Integer.getInteger("simulator.sqs-port", 9324),
                System.getProperty("simulator.queue", "genesys-events"),
                wild ? orgs.stream().map(OrgSpec::withWildData).toList() : orgs,
                SimulatorSettings.defaults(),
                live ? liveDefaults() : null,
                seed);
    }
}
