package com.dxp.collector.genesys.simulator.standalone;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.events.SeededIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ready-made simulated orgs for demos and tests: org {@code n} gets a fully granted client
 * ({@code collector-n}) and one holding only the three required permissions ({@code restricted-n}), so the
 * permission probe has something to find. Ids and secrets follow from the seed, so a demo set-up can be
 * written down once.
 */
public final class DemoOrgs {

    private static final String[] NAMES = {"Acme Contact Center", "Globex Support", "Initech Care", "Umbrella Sales"};

    private DemoOrgs() {
    }

    /**
     * {@code count} orgs; org {@code n} has {@code conversationsPerDay}, 40 + 20n users and 8 + 2n groups.
     */
    public static List<OrgSpec> create(int count, long seed, int conversationsPerDay) {
        List<OrgSpec> orgs = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String name = NAMES[(n - 1) % NAMES.length] + (n > NAMES.length ? " " + n : "");
            List<ClientSpec> clients = List.of(
                    new ClientSpec("collector-" + n, secret(seed, n, "collector"), GenesysPermissions.all()),
                    new ClientSpec("restricted-" + n, secret(seed, n, "restricted"),
                            Set.copyOf(new HashSet<>(GenesysPermissions.REQUIRED))));
            orgs.add(new OrgSpec(SeededIds.derive(seed, "org", n), name, SeededIds.mix(seed, "org-seed", n),
                    conversationsPerDay, 40 + 20 * n, 8 + 2 * n, clients));
        }
        return orgs;
    }

    private static String secret(long seed, int org, String client) {
        return SeededIds.derive(seed, "secret", org, client).toString().replace("-", "");
    }
}
