package com.dxp.collector.platform;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.events.GenesysEvents;
import com.dxp.collector.platform.CollectorApi.Account;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What {@code /metrics} tells an operator: a HELP text on every metric of the collector, Genesys calls by outcome,
 * and each tenant's health gauges, which appear for a new tenant within the gauges' half-minute sync.
 */
@MicroShedTest
class MetricsIT {

    private static final List<String> OURS = List.of("events_", "genesys_", "tenant_", "conversations_");

    static String tenant;

    @BeforeAll
    static void verifiedTenant() throws Exception {
        tenant = VerifiedTenant.create("metrics", SimulatorForIts.FULL);
    }

    @AfterAll
    static void purge() throws Exception {
        if (tenant != null) {
            VerifiedTenant.purge(tenant);
        }
    }

    @Test
    void shouldPublishEachTenantsHealthGaugesAndGenesysCallsByOutcome() throws Exception {
        await("the new tenant's health gauges").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> lines().anyMatch(l -> l.startsWith("tenant_health_status{") && l.contains(tenant)));

        assertTrue(lines().anyMatch(l -> l.startsWith("tenant_enrichment_backlog{") && l.contains(tenant)));
        assertTrue(lines().anyMatch(l -> l.startsWith("genesys_calls_total{") && l.contains(tenant)
                && l.contains("outcome=\"2xx\"")), "the verification's calls, by outcome");
    }

    @Test
    void shouldExplainEveryMetricOfTheCollectorInItsHelpText() throws Exception {
        VerifiedTenant.verify(tenant);
        List<String> help = lines().filter(l -> l.startsWith("# HELP ")).toList();
        List<String> ours = help.stream().filter(l -> OURS.stream().anyMatch(p -> l.startsWith("# HELP " + p)))
                .toList();

        assertTrue(ours.stream().anyMatch(l -> l.startsWith("# HELP genesys_calls_total ")), String.join("\n", help));
        assertEquals(List.of(), ours.stream().filter(l -> l.split(" ", 4).length < 4 || l.split(" ", 4)[3].isBlank())
                .toList(), "metrics without a HELP text");
    }

    /**
     * A 429 and a 503 from Genesys are counted under their outcomes, with the tenant and the endpoint, beside the
     * successes of the same verification (which retries past them).
     */
    @Test
    void shouldCountRateLimitsAndServerErrorsOfGenesysUnderTheirOutcomes() throws Exception {
        SimulatorForIts.start().control().inject(Fault.rateLimitStorm(1).on("*", "/api/v2/").times(1),
                Fault.serverError(503).on("*", "/api/v2/").times(1));
        try {
            VerifiedTenant.verify(tenant);
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }

        for (String outcome : List.of("429", "5xx", "2xx")) {
            assertTrue(lines().anyMatch(l -> l.startsWith("genesys_calls_total{") && l.contains("tenant=\"" + tenant)
                    && l.contains("outcome=\"" + outcome + "\"") && l.contains("endpoint=\"")),
                    "calls of outcome " + outcome + " of the tenant, by endpoint: " + lines().filter(l -> l.contains(
                            tenant) && l.startsWith("genesys_calls_total{")).toList());
        }
    }

    /**
     * Every metric the Grafana dashboard and the alert rules in {@code docs/monitoring} use is in the live
     * {@code /metrics} once the tenant has received an event and had a conversation enriched, except the counters of
     * faults that have not happened (a series appears with its first count) and the completeness gauge (with a
     * tenant's first day proved complete); {@link MonitoringFilesTest} checks those are declared.
     */
    @Test
    void shouldServeEveryMetricTheDashboardAndTheAlertsUse() throws Exception {
        // counters of faults that have not happened, and the completeness gauge, which a tenant gets once
        // reconciliation has proved a day of it complete
        Set<String> countedOnlyOnceItHappens = Set.of("events_failed_batches_total", "events_loop_restarts_total",
                "events_quarantined_total", "events_duplicates_total", "genesys_budget_wait_seconds_bucket",
                "conversations_data_complete_through_seconds");
        // the simulator's org is quiet at night, so an hour may have no conversation: look back over a whole day
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
        SimConversation conversation = OrgDataFactory.create(SimulatorForIts.org(), SimulatorSettings.defaults())
                .conversations().startingBetween(end.minus(Duration.ofDays(1)), end, Instant.now()).findFirst()
                .orElseThrow();
        SqsForIts.publisher().publishAll(List.of(GenesysEvents.customerEnd(SimulatorForIts.org().orgId(),
                conversation)));
        await("the announced conversation enriched").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> CollectorApi.get("/api/tenants/" + tenant + "/conversations/"
                        + conversation.conversationId(), Account.VIEWER).statusCode() == 200);
        Set<String> used = MonitoringFilesTest.usedByTheMonitoringFiles();

        await("every metric the monitoring files use served").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2)).until(() -> missing(used, countedOnlyOnceItHappens), empty());
        assertTrue(used.containsAll(countedOnlyOnceItHappens), "the exceptions are used: " + used);
    }

    /** The names of {@code used} not served, less the exceptions. */
    private static Set<String> missing(Set<String> used, Set<String> exceptions) throws Exception {
        List<String> served = lines().filter(l -> !l.startsWith("#")).toList();
        Set<String> missing = new TreeSet<>();
        for (String name : used) {
            if (!exceptions.contains(name) && served.stream().noneMatch(l -> l.startsWith(name + "{")
                    || l.startsWith(name + " ") || l.startsWith(name + "_count") || l.startsWith(name + "_bucket"))) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * The timers kept per tenant publish buckets, not client-side percentiles, which cost about half a MiB of heap
     * per series (a hundred tenants' budget waits held 640 MiB): the budget wait of the tenant's verification calls.
     */
    @Test
    void shouldPublishThePerTenantTimersAsBucketsWithoutPercentiles() throws Exception {
        VerifiedTenant.verify(tenant);
        List<String> waits = lines().filter(l -> l.startsWith("genesys_budget_wait_seconds") && l.contains(
                "tenant=\"" + tenant + "\"")).toList();

        assertTrue(waits.stream().anyMatch(l -> l.startsWith("genesys_budget_wait_seconds_bucket{")
                && l.contains("le=\"")), String.join("\n", waits));
        assertEquals(List.of(), waits.stream().filter(l -> l.contains("quantile=")).toList(), "no percentiles");
    }

    /** Dry runs share one series; a purged tenant's series go with it. */
    @Test
    void shouldKeepNoSeriesPerDryRunNorForAPurgedTenant() throws Exception {
        long before = lines().filter(l -> l.startsWith("genesys_calls_total{")).count();
        for (int i = 0; i < 3; i++) {
            var dryRun = CollectorApi.postJson("/api/admin/genesys/verifications", "{\"apiBaseUrl\":\""
                    + SimulatorForIts.start().baseUri() + "\",\"clientId\":\"" + SimulatorForIts.FULL
                    + "\",\"clientSecret\":\"" + SimulatorForIts.secretOf(SimulatorForIts.FULL) + "\"}",
                    Account.ADMIN);
            assertEquals("VERIFIED", CollectorApi.json(dryRun).getString("outcome"), dryRun.body());
        }
        List<String> dryRuns = lines().filter(l -> l.startsWith("genesys_calls_total{") && l.contains(
                "tenant=\"dry-run\"")).toList();
        assertTrue(!dryRuns.isEmpty(), "the dry runs' calls are counted");
        assertTrue(lines().filter(l -> l.startsWith("genesys_calls_total{")).count() - before <= dryRuns.size(),
                "no series of a made-up tenant");

        // a tenant at a loopback port where nothing listens: its verification's failed calls are counted
        var created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"metrics purged "
                + java.util.UUID.randomUUID() + "\",\"apiBaseUrl\":\"http://127.0.0.1:1\",\"clientId\":\"c\","
                + "\"clientSecret\":\"it-secret-" + java.util.UUID.randomUUID() + "\"}", Account.ADMIN);
        String purged = CollectorApi.json(created).getString("id");
        CollectorApi.postJson("/api/admin/tenants/" + purged + "/verify", "", Account.ADMIN);
        assertTrue(lines().anyMatch(l -> l.contains(purged)), "the tenant's verification calls are counted");
        VerifiedTenant.purge(purged);
        assertEquals(List.of(), lines().filter(l -> l.contains(purged)).toList(), "series of the purged tenant");
    }

    private static Stream<String> lines() throws Exception {
        return CollectorApi.get("/metrics", Account.NOBODY).body().lines();
    }
}
