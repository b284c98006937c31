package com.dxp.collector.genesys;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.events.SeededIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The orgs of the many-tenant benchmark ({@code -Dbenchmark.tenants=100}): each its own org with one fully granted
 * client {@code tenant-<n>}, as many separate customers of one collector would be. The live ones' daily volume is
 * chosen ({@link #perDayFor}) so that, on the simulator's weekly curve, about {@code perHour} conversations an hour
 * start in the benchmark's next {@code window}: the same load whether it runs at night or at the afternoon peak.
 */
final class TenantOrgs {

    private static final long SEED = 7;
    /** A probe this busy counts thousands of starts in a 20-minute window, so the scaling is within a few percent. */
    private static final int PROBE_PER_DAY = 1_000_000;

    private TenantOrgs() {
    }

    private static String clientId(int n) {
        return "tenant-" + n;
    }

    private static String secret(int n) {
        return SeededIds.derive(SEED, "tenant-secret", n).toString().replace("-", "");
    }

    /**
     * Orgs number {@code first} to {@code first + count - 1}, each with {@code perDay} conversations a day on the
     * weekly curve, served with {@code settings}; empty when {@code count} is 0.
     */
    static List<SimulatedOrg> create(int first, int count, int perDay, SimulatorSettings settings) {
        List<SimulatedOrg> orgs = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            OrgSpec spec = new OrgSpec(SeededIds.derive(SEED, "tenant-org", n), "Tenant org " + n,
                    SeededIds.mix(SEED, "tenant-org-seed", n), perDay, 60, 8,
                    List.of(new ClientSpec(clientId(n), secret(n), GenesysPermissions.all())));
            orgs.add(OrgDataFactory.create(spec, settings));
        }
        return orgs;
    }

    /** The daily volume at which {@code perHour} conversations an hour start, on average, over the next window. */
    static int perDayFor(int perHour, Duration window, SimulatorSettings settings) {
        OrgSpec probe = new OrgSpec(SeededIds.derive(SEED, "probe"), "probe", SeededIds.mix(SEED, "probe"),
                PROBE_PER_DAY, 1, 0, List.of());
        Instant now = Instant.now();
        long starting = OrgDataFactory.create(probe, settings).conversations()
                .startingBetween(now, now.plus(window), now.plus(window)).count();
        double wanted = perHour * (window.toSeconds() / 3600.0);
        return (int) Math.max(1, Math.round(PROBE_PER_DAY * wanted / Math.max(1, starting)));
    }
}
