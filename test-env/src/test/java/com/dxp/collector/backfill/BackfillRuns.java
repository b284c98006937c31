package com.dxp.collector.backfill;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Backfill runs of a tenant of the simulator's first org, through the admin API, for the backfill ITs: start one,
 * wait for it to complete, count what the tenant has stored and what the simulator's catalog holds.
 */
public final class BackfillRuns {

    private BackfillRuns() {
    }

    /** Starts a backfill of {@code [from, to)}; the run as the API shows it. */
    public static JsonObject start(String tenant, Instant from, Instant to, String strategy) throws Exception {
        HttpResponse<String> r = CollectorApi.postJson(backfills(tenant), "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"strategy\":\"" + strategy + "\"}", Account.ADMIN);
        assertEquals(202, r.statusCode(), r.body());
        return CollectorApi.json(r).getJsonObject("run");
    }

    /**
     * Starts a query backfill of the tenant on the server at {@code root} with every details page slowed by 300 ms,
     * so the run is still going when a test acts on it; the run's API path. The test clears the fault.
     */
    public static String startSlowed(String root, String tenant, Instant from, Instant to) throws Exception {
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(300))
                .on("POST", "/api/v2/analytics/conversations/details/query"));
        HttpResponse<String> started = CollectorApi.postJson(root, backfills(tenant), "{\"from\":\"" + from
                + "\",\"to\":\"" + to + "\",\"strategy\":\"query\"}", Account.ADMIN);
        assertEquals(202, started.statusCode(), started.body());
        return backfills(tenant) + "/" + CollectorApi.json(started).getJsonObject("run").getJsonNumber("id")
                .longValue();
    }

    /** {@link #startSlowed}, then waits until the run has stored a first window: it is under way. */
    public static String underWay(String root, String tenant, Instant from, Instant to) throws Exception {
        String run = startSlowed(root, tenant, from, to);
        await("the run " + run + " under way on " + root).atMost(Duration.ofMinutes(2)).ignoreExceptions()
                .until(() -> windowsDone(run) >= 1);
        return run;
    }

    /**
     * Waits until the run, whose server stopped or died under it, has completed in another execution, and checks
     * that every conversation of {@code [from, to)} is stored; the run as the API shows it at the end.
     */
    public static JsonObject resumedAndCompleted(String tenant, String run, Instant from, Instant to,
            Duration patience) throws Exception {
        await("the run resumed and completed").atMost(patience).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> CollectorApi.json(CollectorApi.get(run, Account.VIEWER)).getString("status")
                        .equals("COMPLETED"));
        JsonObject done = CollectorApi.json(CollectorApi.get(run, Account.VIEWER));
        assertTrue(done.getInt("executions") >= 2, "resumed in another execution: " + done);
        assertEquals(catalog(from, to).size(), stored(tenant, from, to), "every conversation of the period stored");
        return done;
    }

    /** How many of the period's windows the run has done. */
    public static long windowsDone(String run) throws Exception {
        return CollectorApi.json(CollectorApi.get(run, Account.VIEWER)).getJsonNumber("windowsDone").longValue();
    }

    /** Waits for the run to end; fails unless it completed. */
    public static JsonObject completed(String tenant, JsonObject run, Duration patience) throws Exception {
        String path = backfills(tenant) + "/" + run.getJsonNumber("id").longValue();
        await("backfill run " + path + " completed").atMost(patience).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(
                        CollectorApi.json(CollectorApi.get(path, Account.ADMIN)).getString("status")));
        JsonObject done = CollectorApi.json(CollectorApi.get(path, Account.ADMIN));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        return done;
    }

    /** The tenant's summary of conversations that started in {@code [from, to)}. */
    static JsonObject summary(String tenant, Instant from, Instant to) throws Exception {
        HttpResponse<String> summary = CollectorApi.get("/api/tenants/" + tenant + "/summary?from=" + from + "&to="
                + to, Account.VIEWER);
        assertEquals(200, summary.statusCode(), summary.body());
        return CollectorApi.json(summary);
    }

    /** How many conversations that started in {@code [from, to)} the tenant has stored. */
    public static long stored(String tenant, Instant from, Instant to) throws Exception {
        return summary(tenant, from, to).getJsonNumber("conversations").longValue();
    }

    /** The conversations of the simulator's first org that started in {@code [from, to)}, from its own catalog. */
    public static List<SimConversation> catalog(Instant from, Instant to) {
        return OrgDataFactory.create(SimulatorForIts.org(), SimulatorSettings.defaults()).conversations()
                .startingBetween(from, to, Instant.now()).toList();
    }

    public static String backfills(String tenant) {
        return "/api/admin/tenants/" + tenant + "/backfills";
    }
}
