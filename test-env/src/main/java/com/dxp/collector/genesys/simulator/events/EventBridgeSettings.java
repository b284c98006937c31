package com.dxp.collector.genesys.simulator.events;

import java.util.Objects;

/**
 * What a Genesys "Amazon EventBridge Source" integration is configured with and what therefore appears in every
 * envelope: the target AWS account and region, and the event-source suffix after the org id in {@code source}.
 *
 * @param account           the AWS account id ({@code account})
 * @param region            the AWS region ({@code region})
 * @param eventSourceSuffix the last segment of {@code source}
 */
public record EventBridgeSettings(String account, String region, String eventSourceSuffix) {

    public EventBridgeSettings {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(eventSourceSuffix, "eventSourceSuffix");
        if (!account.matches("\\d{12}")) {
            throw new IllegalArgumentException("account must be 12 digits: " + account);
        }
    }

    /** The simulator's integration: ElasticMQ's account, us-east-1, suffix {@code collector-sim}. */
    public static EventBridgeSettings defaults() {
        return new EventBridgeSettings(LocalSqs.ACCOUNT_ID, LocalSqs.REGION.id(), "collector-sim");
    }

    /** The envelope's {@code source} for an org. */
    public String source(String orgId) {
        return "aws.partner/genesys.com/cloud/" + orgId + "/" + eventSourceSuffix;
    }
}
