package com.dxp.collector.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.platform.CollectorApi.Account;
import java.time.Duration;
import java.util.List;
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
