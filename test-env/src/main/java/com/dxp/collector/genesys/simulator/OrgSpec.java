package com.dxp.collector.genesys.simulator;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One simulated Genesys Cloud organisation. Everything about its data follows from these values: the same
 * spec always yields the same users, groups and conversations.
 *
 * @param orgId               the org id (appears in {@code organizations/me} and in EventBridge {@code source})
 * @param name                the org name
 * @param seed                seed of every random choice
 * @param conversationsPerDay mean number of conversations per day, spread over a daily curve
 * @param userCount           number of users in the directory (agents among them)
 * @param groupCount          number of groups
 * @param clients             the OAuth clients that may call the API for this org
 */
public record OrgSpec(UUID orgId, String name, long seed, int conversationsPerDay, int userCount, int groupCount,
                      List<ClientSpec> clients) {

    public OrgSpec {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(name, "name");
        if (conversationsPerDay < 0 || userCount < 1 || groupCount < 0) {
            throw new IllegalArgumentException("conversationsPerDay >= 0, userCount >= 1, groupCount >= 0");
        }
        clients = List.copyOf(clients);
    }
}
