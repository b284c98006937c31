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
 * @param userCount           number of users in the directory (agents among them); a wild org tops it up to
 *                            2,500 so that one of its groups can have thousands of members
 * @param groupCount          number of groups (a wild org has one more, holding every user)
 * @param clients             the OAuth clients that may call the API for this org
 * @param wildData            whether the org serves the edges of real data that tidy orgs never produce (see
 *                            {@code data.WildEdge}): about one conversation in five, some users, groups and
 *                            events. A tidy org ({@code false}) serves exactly what it always did.
 */
public record OrgSpec(UUID orgId, String name, long seed, int conversationsPerDay, int userCount, int groupCount,
                      List<ClientSpec> clients, boolean wildData) {

    public OrgSpec {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(name, "name");
        if (conversationsPerDay < 0 || userCount < 1 || groupCount < 0) {
            throw new IllegalArgumentException("conversationsPerDay >= 0, userCount >= 1, groupCount >= 0");
        }
        clients = List.copyOf(clients);
    }

    /** A tidy org. */
    public OrgSpec(UUID orgId, String name, long seed, int conversationsPerDay, int userCount, int groupCount,
                   List<ClientSpec> clients) {
        this(orgId, name, seed, conversationsPerDay, userCount, groupCount, clients, false);
    }

    /** The same org serving wild data, drawn from the same seed. */
    public OrgSpec withWildData() {
        return new OrgSpec(orgId, name, seed, conversationsPerDay, userCount, groupCount, clients, true);
    }
}
