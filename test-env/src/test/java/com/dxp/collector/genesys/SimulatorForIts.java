package com.dxp.collector.genesys;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.api.GenesysSimulator;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.standalone.DemoOrgs;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one Genesys simulator of the integration tests, started once per failsafe JVM on the loopback port the
 * build gives ({@code it.simulator.port}, default 19480) so the Liberty server under test can reach it. One demo
 * org with its {@code collector-1} and {@code restricted-1} clients, plus clients the tests may spoil: one
 * holding no permission, one to revoke, one to storm with 429s. Beside it an org for the live events tests, one
 * for the backfill benchmark and one serving wild data.
 */
public final class SimulatorForIts {

    public static final String FULL = "collector-1";
    public static final String RESTRICTED = "restricted-1";
    public static final String NOTHING = "nothing-1";
    public static final String TO_REVOKE = "revocable-1";
    public static final String STORMED = "stormed-1";
    public static final String STORMED_LONG = "stormed-long-1";
    /**
     * A client of the benchmark org whose budget two collector servers share (SeveralServersIT): not the demo org's,
     * whose tenants the other tests of that class create meanwhile.
     */
    public static final String SHARED = "shared-1";

    /** The fully granted client of the second org, which only the live events tests use. */
    public static final String LIVE = "collector-2";

    /** The fully granted client of the third org, there only for the backfill benchmark. */
    public static final String BENCHMARK = "collector-3";

    /** The fully granted client of the fourth org, whose data has the edges of real data ({@code WildEdge}). */
    public static final String WILD = "collector-wild";

    /** The client of the fifth org, busy and published live by the event-stream gap test. */
    public static final String STREAM = "collector-stream";

    private static GenesysSimulator simulator;
    private static OrgSpec org;
    private static OrgSpec liveOrg;
    private static OrgSpec benchmarkOrg;
    private static OrgSpec wildOrg;
    private static SimulatedOrg streamOrg;
    private static List<SimulatedOrg> tenantOrgs;
    private static List<SimulatedOrg> backfillOrgs;

    private SimulatorForIts() {
    }

    /** Starts the simulator on first use; later calls return the same one. Stopped when the JVM exits. */
    public static synchronized GenesysSimulator start() {
        if (simulator == null) {
            // each demo org is drawn from the seed and its number alone: a fifth leaves the first four as they were
            List<OrgSpec> demos = DemoOrgs.create(5, 42, 500);
            OrgSpec demo = demos.get(0);
            liveOrg = demos.get(1);
            // a busy org for the backfill benchmark: -Dbenchmark.backfill.per-day conversations a day
            OrgSpec third = demos.get(2);
            List<ClientSpec> benchmarkClients = new ArrayList<>(third.clients());
            benchmarkClients.add(new ClientSpec(SHARED, "shared-secret", GenesysPermissions.all()));
            benchmarkOrg = new OrgSpec(third.orgId(), third.name(), third.seed(),
                    Integer.getInteger("benchmark.backfill.per-day", 500), third.userCount(), third.groupCount(),
                    benchmarkClients);
            List<ClientSpec> clients = new ArrayList<>(demo.clients());
            clients.add(new ClientSpec(NOTHING, "nothing-secret", Set.of()));
            clients.add(new ClientSpec(TO_REVOKE, "revocable-secret", GenesysPermissions.all()));
            clients.add(new ClientSpec(STORMED, "stormed-secret", GenesysPermissions.all()));
            clients.add(new ClientSpec(STORMED_LONG, "stormed-long-secret", GenesysPermissions.all()));
            org = new OrgSpec(demo.orgId(), demo.name(), demo.seed(), demo.conversationsPerDay(), demo.userCount(),
                    demo.groupCount(), clients);
            OrgSpec fourth = demos.get(3);
            wildOrg = new OrgSpec(fourth.orgId(), fourth.name(), fourth.seed(), fourth.conversationsPerDay(),
                    fourth.userCount(), fourth.groupCount(),
                    List.of(new ClientSpec(WILD, "collector-wild-secret", GenesysPermissions.all())), true);
            OrgSpec fifth = demos.get(4);
            OrgSpec stream = new OrgSpec(fifth.orgId(), fifth.name(), fifth.seed(), 60_000, fifth.userCount(),
                    fifth.groupCount(), List.of(new ClientSpec(STREAM, "collector-stream-secret",
                            GenesysPermissions.all())));
            SimulatorSettings settings = SimulatorSettings.defaults();
            // its records complete 30 s after the customer leaves (2 minutes elsewhere), so the test server's
            // event-stream check can settle a window in 45 s and EventStreamGapIT takes two minutes less
            streamOrg = OrgDataFactory.create(stream, settings.withCompletionDelay(Duration.ofSeconds(30)));
            // the many-tenant benchmark's orgs, only when it runs: records complete after a while, as real ones do
            int tenants = Integer.getInteger("benchmark.tenants", 0);
            SimulatorSettings completing = settings.withCompletionDelay(Duration.ofSeconds(
                    Integer.getInteger("benchmark.tenants.completion-seconds", 30)));
            tenantOrgs = TenantOrgs.create(1, tenants, tenants == 0 ? 0 : TenantOrgs.perDayFor(
                    Integer.getInteger("benchmark.tenants.per-hour", 1000),
                    Duration.ofMinutes(Integer.getInteger("benchmark.tenants.minutes", 20)), completing), completing);
            backfillOrgs = TenantOrgs.create(tenants + 1, tenants == 0 ? 0 : Integer.getInteger(
                    "benchmark.tenants.backfills", 2), Integer.getInteger("benchmark.tenants.backfill-per-day", 40_000),
                    completing);
            int port = Integer.getInteger("it.simulator.port", 19480);
            simulator = GenesysSimulator.builder().org(OrgDataFactory.create(org, settings))
                    .org(OrgDataFactory.create(liveOrg, settings)).org(OrgDataFactory.create(benchmarkOrg, settings))
                    .org(OrgDataFactory.create(wildOrg, settings)).org(streamOrg).orgs(tenantOrgs).orgs(backfillOrgs)
                    .settings(settings).port(port).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "simulator-for-its-stop"));
        }
        return simulator;
    }

    /** The simulated org (its id, and its clients with their secrets). */
    public static synchronized OrgSpec org() {
        start();
        return org;
    }

    /**
     * The second simulated org, owned by the live events tests: an org belongs to one tenant only, so tests that
     * verify tenants of the first org cannot collide with them.
     */
    public static synchronized OrgSpec liveOrg() {
        start();
        return liveOrg;
    }

    /** The third org, busy as {@code -Dbenchmark.backfill.per-day} says, for the backfill benchmark only. */
    public static synchronized OrgSpec benchmarkOrg() {
        start();
        return benchmarkOrg;
    }

    /**
     * The fourth org, serving wild data: about one conversation in five (and the first of every UTC day) carries
     * edges such as 10,000-character strings, control characters, unknown fields or a life of over a week; some
     * users and groups are named wildly and one group has thousands of members. Its client is {@link #WILD}.
     */
    public static synchronized OrgSpec wildOrg() {
        start();
        return wildOrg;
    }

    /**
     * The fifth org, 60,000 conversations a day, owned by the event-stream gap test, which publishes its events live
     * (the same org object the simulator serves, so the events name the conversations the API returns).
     */
    public static synchronized SimulatedOrg streamOrg() {
        start();
        return streamOrg;
    }

    /**
     * The many-tenant benchmark's orgs, {@code -Dbenchmark.tenants} of them, each with one fully granted client
     * {@code tenant-<n>}; about {@code -Dbenchmark.tenants.per-hour} conversations (1,000) start an hour in each over
     * the next {@code -Dbenchmark.tenants.minutes} (20), and their records complete
     * {@code -Dbenchmark.tenants.completion-seconds} (30) after the customer leaves. Empty unless the benchmark runs.
     */
    public static synchronized List<SimulatedOrg> tenantOrgs() {
        start();
        return tenantOrgs;
    }

    /**
     * The many-tenant benchmark's backfilling orgs, {@code -Dbenchmark.tenants.backfills} (2) of them with
     * {@code -Dbenchmark.tenants.backfill-per-day} (40,000) conversations a day and clients {@code tenant-<n>} numbered
     * after the live ones. Empty unless the benchmark runs.
     */
    public static synchronized List<SimulatedOrg> backfillOrgs() {
        start();
        return backfillOrgs;
    }

    /** The secret of one of the clients of any org. */
    public static String secretOf(String clientId) {
        return Stream.concat(Stream.of(org(), liveOrg(), benchmarkOrg(), wildOrg(), streamOrg().spec()),
                        Stream.concat(tenantOrgs().stream(), backfillOrgs().stream()).map(SimulatedOrg::spec))
                .flatMap(o -> o.clients().stream())
                .filter(c -> c.clientId().equals(clientId)).findFirst().orElseThrow().secret();
    }
}
