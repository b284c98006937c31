package com.dxp.collector.backfill;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.ServerLog;
import com.dxp.collector.platform.TestServer;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Backfills of a tenant of the simulated org through the admin API, read back through the read API: exact counts
 * against the simulator's own catalog for each strategy, records equal to the API's, the plan's windows all done,
 * stop and restart, and bad requests refused before anything starts.
 */
@MicroShedTest
class BackfillIT {

    private static final String QUERY = "POST /api/v2/analytics/conversations/details/query";
    private static final String QUERY_PATH = "/api/v2/analytics/conversations/details/query";
    private static final String SUBMIT = "POST /api/v2/analytics/conversations/details/jobs";
    private static final String RESULTS = "GET /api/v2/analytics/conversations/details/jobs/{jobId}/results";
    private static final String JOBS_PATH = "/api/v2/analytics/conversations/details/jobs/";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS);

    static String tenant;

    @BeforeAll
    static void verifiedTenant() throws Exception {
        tenant = VerifiedTenant.create("Backfill", SimulatorForIts.FULL);
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(tenant);
    }

    @ParameterizedTest(name = "{0} over days -{1} to -{2}")
    @CsvSource({"jobs, 21, 14", "query, 14, 7"})
    void shouldStoreExactlyTheConversationsOfSevenDaysWithEachStrategy(String strategy, int fromDaysAgo,
            int toDaysAgo) throws Exception {
        Instant from = TODAY.minus(Duration.ofDays(fromDaysAgo));
        Instant to = TODAY.minus(Duration.ofDays(toDaysAgo));
        long submitted = requests(SUBMIT);
        long queried = requests(QUERY);

        JsonObject run = completed(start(from, to, strategy));

        List<SimConversation> expected = catalog(from, to);
        assertEquals(expected.size(), stored(from, to), "stored conversations of the period");
        assertEquals(expected.size(), run.getJsonNumber("conversationsStored").longValue(), run.toString());
        boolean jobs = strategy.equals("jobs");
        // query windows are days; job windows are 7 days by default: one job for the week
        int windows = jobs ? 1 : 7;
        assertEquals(windows, run.getJsonNumber("windowsDone").longValue());
        assertEquals(windows, run.getJsonNumber("windowsTotal").longValue());
        assertEquals(jobs ? 1 : 0, requests(SUBMIT) - submitted, "jobs submitted");
        // jobs read the days, then reconciliation counts each day with one query
        assertTrue(jobs ? requests(QUERY) - queried == 7 : requests(QUERY) - queried >= 7 + 7, "queries made");
        for (SimConversation c : List.of(expected.get(0), expected.get(expected.size() / 2),
                expected.get(expected.size() - 1))) {
            assertEquals(api(c, jobs), stored(c.conversationId()), "record " + c.conversationId());
        }
    }

    @Test
    void shouldReadHistoryWithJobsAndTheRecentRestWithTheQueryInAuto() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant from = now.minus(Duration.ofHours(30));
        Instant to = now.minus(Duration.ofHours(1));
        long submitted = requests(SUBMIT);
        long queried = requests(QUERY);

        JsonObject run = completed(start(from, to, "auto"));

        assertEquals(catalog(from, to).size(), stored(from, to));
        assertTrue(requests(SUBMIT) > submitted, "history older than the data availability date came from jobs");
        assertTrue(requests(QUERY) > queried, "the recent rest came from the query");
        assertEquals(run.getJsonNumber("windowsTotal").longValue(), run.getJsonNumber("windowsDone").longValue());
    }

    /**
     * The test server gives a chunk's transaction 15 s: a page answered only after a 429 of {@code Retry-After: 20}
     * is waited for before the chunk's transaction begins, so the run completes and the server logs no transaction
     * timeout (a wait inside it timed out before). Part of the fault suite, so the PostgreSQL run covers it.
     */
    @Test
    void shouldCompleteThroughARetryAfterLongerThanAChunksTransactionMayLast() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "the fault suite's PostgreSQL run covers it");
        ServerLog log = ServerLog.mark();
        Instant from = TODAY.minus(Duration.ofDays(40));
        Instant to = TODAY.minus(Duration.ofDays(39));
        SimulatorForIts.start().control().inject(Fault.rateLimitStorm(20).on("POST", QUERY_PATH).times(1));
        JsonObject run;
        try {
            run = completed(start(from, to, "query"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }

        assertEquals(catalog(from, to).size(), stored(from, to));
        assertEquals(1, run.getInt("executions"), "no restart needed");
        assertNoTransactionTimeout(log);
        FaultFigures.print("BackfillIT.shouldCompleteThroughARetryAfterLongerThanAChunksTransactionMayLast",
                "a 429 of Retry-After 20 s against a 15 s chunk transaction: " + stored(from, to) + " of "
                        + catalog(from, to).size() + " conversations stored in " + run.getInt("executions")
                        + " execution, 0 transaction timeouts logged");
    }

    /**
     * Analytics jobs that stay QUEUED 20 s, longer than the test server gives a chunk's transaction (15 s): the
     * polling happens before the chunk's transaction, so the run completes exactly and no transaction timed out. The
     * PostgreSQL run covers it, as above.
     */
    @Test
    void shouldCompleteWhenAnalyticsJobsStayQueuedLongerThanAChunksTransactionMayLast() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "the fault suite's PostgreSQL run covers it");
        ServerLog log = ServerLog.mark();
        Instant from = TODAY.minus(Duration.ofDays(90));
        Instant to = TODAY.minus(Duration.ofDays(88));
        SimulatorForIts.start().control().queueJobsLonger(Duration.ofSeconds(20));
        JsonObject run;
        try {
            run = completed(start(from, to, "jobs"));
        } finally {
            SimulatorForIts.start().control().queueJobsLonger(Duration.ZERO);
        }

        assertEquals(catalog(from, to).size(), stored(from, to));
        assertEquals(1, run.getInt("executions"), "no restart needed");
        assertNoTransactionTimeout(log);
        FaultFigures.print("BackfillIT.shouldCompleteWhenAnalyticsJobsStayQueuedLongerThanAChunksTransactionMayLast",
                "jobs QUEUED 20 s against a 15 s chunk transaction: " + stored(from, to) + " of "
                        + catalog(from, to).size() + " conversations stored in " + run.getInt("executions")
                        + " execution, 0 transaction timeouts logged");
    }

    /** Liberty logs WTRN0006W when a transaction outlives its timeout. */
    private static void assertNoTransactionTimeout(ServerLog log) throws Exception {
        List<String> timedOut = log.since().lines().filter(l -> l.contains("WTRN0006W")).toList();
        assertTrue(timedOut.isEmpty(), "transactions timed out: " + timedOut);
    }

    @Test
    void shouldResumeAStoppedRunFromItsCheckpointsAndStoreExactlyTheWindow() throws Exception {
        Instant from = TODAY.minus(Duration.ofDays(35));
        Instant to = TODAY.minus(Duration.ofDays(28));
        List<SimConversation> expected = catalog(from, to);
        long queried = requests(QUERY);
        // slow pages, so the run is still going when it is stopped
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(250)).on("POST", QUERY_PATH));
        long id;
        try {
            id = start(from, to, "query").getJsonNumber("id").longValue();
            await("a first window done").atMost(PATIENCE).until(() -> windowsDone(id) >= 1);
            HttpResponse<String> stopped = CollectorApi.postJson(runPath(id) + "/stop", "", Account.ADMIN);
            assertEquals(200, stopped.statusCode(), stopped.body());
            await("the run stopped").atMost(PATIENCE).until(() -> status(id).equals("STOPPED"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
        assertTrue(windowsDone(id) < 7, "stopped before the end");

        restart(id);
        JsonObject run = completed(CollectorApi.json(CollectorApi.get(runPath(id), Account.ADMIN)));

        assertEquals(expected.size(), stored(from, to));
        assertEquals(7, run.getJsonNumber("windowsDone").longValue());
        assertEquals(2, run.getInt("executions"));
        long pages = pages(from);
        // at most the page each of the 2 partitions was reading when it stopped is fetched again; reconciliation
        // then counts each of the 7 days with one query
        assertTrue(requests(QUERY) - queried <= pages + 2 + 7, (requests(QUERY) - queried) + " query calls for "
                + pages + " pages");
    }

    /**
     * PostgreSQL only. On H2, Liberty's start-up recovery of the killed run's batch rows sometimes spins in H2's
     * row locking for many minutes (a thread dump showed it busy in {@code TransactionMap.lock} after the kill):
     * the embedded default is for development and demos, not for surviving crashes.
     */
    @Test
    void shouldResumeByItselfWithExactCountsWhenTheServerIsKilledMidRun() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "needs the PostgreSQL run");
        Instant from = TODAY.minus(Duration.ofDays(70));
        Instant to = TODAY.minus(Duration.ofDays(63));
        long queried = requests(QUERY);
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(250)).on("POST", QUERY_PATH));
        long id;
        try {
            id = start(from, to, "query").getJsonNumber("id").longValue();
            await("a first window done").atMost(PATIENCE).until(() -> windowsDone(id) >= 1);
            TestServer.crashAndStart();
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
        resumedByItself(id);

        assertEquals(catalog(from, to).size(), stored(from, to));
        long pages = pages(from);
        // at most the chunk each of the 2 partitions had not committed is read again, plus reconciliation's 7 counts
        assertTrue(requests(QUERY) - queried <= pages + 2 + 7, (requests(QUERY) - queried) + " query calls for "
                + pages + " pages");
        FaultFigures.print("BackfillIT.shouldResumeByItselfWithExactCountsWhenTheServerIsKilledMidRun",
                "killed after a first window; resumed by itself: " + stored(from, to) + " of "
                        + catalog(from, to).size() + " conversations stored, " + (requests(QUERY) - queried)
                        + " query calls for " + pages + " pages and 7 reconciliation counts");
    }

    /**
     * PostgreSQL only, as above: a jobs backfill killed while it pages one analytics job's results (slowed down) is
     * restarted from its checkpoint, the job id and cursor, and reads at most the page it was on again.
     */
    @Test
    void shouldResumeAJobsBackfillKilledMidJobReadingAtMostOnePageAgain() throws Exception {
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "needs the PostgreSQL run");
        Instant from = TODAY.minus(Duration.ofDays(110));
        Instant to = TODAY.minus(Duration.ofDays(103));
        long resultsBefore = requests(RESULTS);
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(1500)).on("GET", JOBS_PATH));
        long id;
        try {
            id = start(from, to, "jobs").getJsonNumber("id").longValue();
            await("a first page of job results stored").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> stored(from, to) > 0);
            TestServer.crashAndStart();
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
        resumedByItself(id);

        assertEquals(catalog(from, to).size(), stored(from, to));
        // the job returns every conversation whose lifetime overlaps the window: one 7-day window's pages once,
        // plus at most the page in flight at the kill
        long overlapping = catalog(from.minus(Duration.ofDays(1)), to).stream()
                .filter(c -> c.end().isAfter(from)).count();
        long pages = (overlapping + 999) / 1000;
        assertTrue(requests(RESULTS) - resultsBefore <= pages + 1, (requests(RESULTS) - resultsBefore)
                + " results calls for " + pages + " pages");
        FaultFigures.print("BackfillIT.shouldResumeAJobsBackfillKilledMidJobReadingAtMostOnePageAgain",
                "killed while paging job results; resumed by itself: " + stored(from, to) + " of "
                        + catalog(from, to).size() + " conversations stored, " + (requests(RESULTS) - resultsBefore)
                        + " results calls for " + pages + " pages");
    }

    /**
     * 10 % each of 429s, 503s and calls held past the read timeout on every Genesys endpoint (token, query, the
     * reconciliation's counts), and 10 % more 429s on the query pages: exact counts, the budget kept.
     */
    @Test
    void shouldCompleteExactlyThroughRateLimitStormsServerErrorsAndTimeouts() throws Exception {
        Instant from = TODAY.minus(Duration.ofDays(45));
        Instant to = TODAY.minus(Duration.ofDays(42));
        long refusedBefore = SimulatorForIts.start().control().requests().overBudget(SimulatorForIts.FULL);
        SimulatorForIts.start().control().inject(
                Fault.rateLimitStorm(1).on("POST", QUERY_PATH).withProbability(0.1),
                Fault.rateLimitStorm(1).on("*", "*").withProbability(0.1),
                Fault.serverError(503).on("*", "*").withProbability(0.1),
                Fault.timeout(Duration.ofSeconds(10)).on("*", "*").withProbability(0.1));
        try {
            completed(start(from, to, "query"));
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }

        assertEquals(catalog(from, to).size(), stored(from, to));
        // the budget binding (a run that needs more than a minute's budget) is BackfillBudgetIT's
        long beyond = SimulatorForIts.start().control().requests().overBudget(SimulatorForIts.FULL) - refusedBefore;
        assertEquals(0, beyond, "requests beyond the org's budget");
        FaultFigures.print("BackfillIT.shouldCompleteExactlyThroughRateLimitStormsServerErrorsAndTimeouts",
                stored(from, to) + " of " + catalog(from, to).size() + " conversations stored, " + beyond
                        + " requests beyond the budget");
    }

    /**
     * Day -80 is the earliest day any test of this tenant reads, so the watermark starts there: it stays absent
     * while the day's records are incomplete and ends with the day once reconciliation finds them complete (the
     * next day was never read).
     */
    @Test
    void shouldMoveTheWatermarkOverADayOnlyOnceItsLateRecordsAreComplete() throws Exception {
        Instant day = TODAY.minus(Duration.ofDays(80));
        Instant next = day.plus(Duration.ofDays(1));
        SimulatorForIts.start().control().holdCompletions(true);
        try {
            JsonObject run = completed(start(day, next, "query"));
            assertEquals("COMPLETED", run.getString("status"));
        } finally {
            SimulatorForIts.start().control().holdCompletions(false);
        }
        JsonObject held = summary(day, next);
        assertEquals(catalog(day, next).size(), held.getJsonNumber("conversations").longValue());
        assertEquals(held.getJsonNumber("conversations").longValue(), held.getJsonNumber("incomplete").longValue(),
                "every record stored as Genesys showed it: incomplete");
        assertTrue(!held.containsKey("dataCompleteThrough") || held.isNull("dataCompleteThrough"), held.toString());

        HttpResponse<String> r = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/reconciliations",
                "{\"from\":\"" + day + "\",\"to\":\"" + next + "\"}", Account.ADMIN);

        assertEquals(200, r.statusCode(), r.body());
        JsonObject after = summary(day, next);
        assertEquals(0, after.getJsonNumber("incomplete").longValue(), "the late records fetched again, complete");
        assertEquals(next, Instant.parse(after.getString("dataCompleteThrough")));
    }

    @Test
    void shouldFetchADayThatWasNeverStoredWhenItIsReconciled() throws Exception {
        Instant day = TODAY.minus(Duration.ofDays(50));
        Instant next = day.plus(Duration.ofDays(1));
        assertEquals(0, stored(day, next));

        HttpResponse<String> r = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/reconciliations",
                "{\"from\":\"" + day + "\",\"to\":\"" + next + "\"}", Account.ADMIN);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, CollectorApi.json(r).getInt("complete"), r.body());
        assertEquals(catalog(day, next).size(), stored(day, next));
    }

    /** The dry run's estimate is within a quarter of what the run then stores and calls, with each strategy. */
    @ParameterizedTest(name = "{0} over days -{1} to -{2}")
    @CsvSource({"query, 33, 31", "jobs, 45, 38"})
    void shouldEstimateWithinAQuarterOfWhatTheRunThenDoes(String strategy, int fromDaysAgo, int toDaysAgo)
            throws Exception {
        Instant from = TODAY.minus(Duration.ofDays(fromDaysAgo));
        Instant to = TODAY.minus(Duration.ofDays(toDaysAgo));
        HttpResponse<String> dry = CollectorApi.postJson(backfills(), "{\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"strategy\":\"" + strategy + "\",\"dryRun\":true}", Account.ADMIN);
        assertEquals(200, dry.statusCode(), dry.body());
        JsonObject estimate = CollectorApi.json(dry).getJsonObject("estimate");

        JsonObject run = completed(start(from, to, strategy));

        assertEquals("probe", estimate.getString("volumeBasis"), estimate.toString());
        assertWithinAQuarter(run.getJsonNumber("conversationsStored").longValue(),
                estimate.getJsonNumber("conversations").longValue(), "conversations; " + estimate + " " + run);
        assertWithinAQuarter(run.getJsonNumber("apiCalls").longValue(),
                estimate.getJsonNumber("apiCalls").longValue(), "API calls; " + estimate + " " + run);
        assertEquals("ENDED", run.getString("phase"));
        JsonObject reconciled = run.getJsonObject("reconciliation");
        assertEquals(fromDaysAgo - toDaysAgo, reconciled.getInt("days"), run.toString());
        assertEquals(fromDaysAgo - toDaysAgo, reconciled.getInt("complete"), "old days are complete");
    }

    private static void assertWithinAQuarter(long actual, long estimated, String what) {
        assertTrue(actual > 0 && Math.abs(estimated - actual) <= 0.25 * actual,
                what + ": estimated " + estimated + ", actual " + actual);
    }

    @Test
    void shouldOnlyEstimateADryRun() throws Exception {
        HttpResponse<String> r = CollectorApi.postJson(backfills(), "{\"from\":\"" + TODAY.minus(Duration.ofDays(60))
                + "\",\"to\":\"" + TODAY.minus(Duration.ofDays(53)) + "\",\"strategy\":\"jobs\",\"dryRun\":true}",
                Account.ADMIN);

        assertEquals(200, r.statusCode(), r.body());
        JsonObject estimate = CollectorApi.json(r).getJsonObject("estimate");
        assertEquals(1, estimate.getInt("windows"), "one job window of 7 days");
        assertTrue(estimate.getJsonNumber("apiCalls").longValue() >= 3, estimate.toString());
        assertTrue(!CollectorApi.json(r).containsKey("run") || CollectorApi.json(r).isNull("run"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from after to|{\"from\":\"2026-05-02T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\"}|400",
        "no period|{\"strategy\":\"query\"}|400",
        "to in the future|{\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2999-01-01T00:00:00Z\"}|400",
        "older than allowed|{\"from\":\"2001-05-01T00:00:00Z\",\"to\":\"2001-05-02T00:00:00Z\"}|400",
        "query window over 7 days|{\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2026-05-20T00:00:00Z\","
                + "\"strategy\":\"query\",\"windowSize\":\"P8D\"}|400",
        "unknown strategy|{\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2026-05-02T00:00:00Z\",\"strategy\":\"x\"}|400",
        "bad window size|{\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2026-05-02T00:00:00Z\",\"windowSize\":\"1d\"}|400"})
    void shouldRefuseABadRequestBeforeStartingAnything(String name, String body, int status) throws Exception {
        HttpResponse<String> r = CollectorApi.postJson(backfills(), body, Account.ADMIN);

        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTenantOrRunAndForbiddenToAViewer() throws Exception {
        String body = "{\"from\":\"" + TODAY.minus(Duration.ofDays(2)) + "\",\"to\":\"" + TODAY + "\"}";
        assertEquals(404, CollectorApi.postJson("/api/admin/tenants/" + UUID.randomUUID() + "/backfills", body,
                Account.ADMIN).statusCode());
        assertEquals(404, CollectorApi.get(backfills() + "/999999999", Account.ADMIN).statusCode());
        assertEquals(403, CollectorApi.postJson(backfills(), body, Account.VIEWER).statusCode());
    }

    private static JsonObject start(Instant from, Instant to, String strategy) throws Exception {
        return BackfillRuns.start(tenant, from, to, strategy);
    }

    private static JsonObject completed(JsonObject run) throws Exception {
        return BackfillRuns.completed(tenant, run, PATIENCE);
    }

    /**
     * After a kill and a start of the server, Liberty fails the run it was running; the server resumes it from its
     * checkpoints by itself, and it completes in a second execution.
     */
    private static void resumedByItself(long id) throws Exception {
        // the first job repository read after a crash initialises Liberty's batch persistence, which took up to
        // two minutes on a loaded CI machine: requests time out meanwhile
        await("the run resumed by the server and completed").atMost(Duration.ofMinutes(8)).ignoreExceptions()
                .pollInterval(Duration.ofSeconds(2)).until(() -> status(id).equals("COMPLETED"));
        JsonObject done = CollectorApi.json(CollectorApi.get(runPath(id), Account.ADMIN));
        assertEquals(2, done.getInt("executions"), "killed before the end, resumed once: " + done);
    }

    /**
     * Restarts the run; 409 (its partitions are still ending after the stop) is asked again, anything else but 200
     * fails the test.
     */
    private static void restart(long id) throws Exception {
        await("the run restarted").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> r = CollectorApi.postJson(runPath(id) + "/restart", "", Account.ADMIN);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 409, r.body());
            return r.statusCode() == 200;
        });
    }

    /** Query pages of 100 needed to read the 7 days from {@code from}. */
    private static long pages(Instant from) {
        long pages = 0;
        for (int d = 0; d < 7; d++) {
            Instant day = from.plus(Duration.ofDays(d));
            pages += Math.max(1, (catalog(day, day.plus(Duration.ofDays(1))).size() + 99) / 100);
        }
        return pages;
    }

    private static long windowsDone(long id) throws Exception {
        return CollectorApi.json(CollectorApi.get(runPath(id), Account.ADMIN)).getJsonNumber("windowsDone")
                .longValue();
    }

    private static String status(long id) throws Exception {
        return CollectorApi.json(CollectorApi.get(runPath(id), Account.ADMIN)).getString("status");
    }

    private static String backfills() {
        return BackfillRuns.backfills(tenant);
    }

    private static String runPath(long id) {
        return backfills() + "/" + id;
    }

    private static long requests(String endpoint) {
        return SimulatorForIts.start().control().requests().count(SimulatorForIts.FULL, endpoint);
    }

    private static List<SimConversation> catalog(Instant from, Instant to) {
        return BackfillRuns.catalog(from, to);
    }

    private static long stored(Instant from, Instant to) throws Exception {
        return BackfillRuns.stored(tenant, from, to);
    }

    private static JsonObject summary(Instant from, Instant to) throws Exception {
        return BackfillRuns.summary(tenant, from, to);
    }

    private static JsonObject stored(String conversationId) throws Exception {
        HttpResponse<String> raw = CollectorApi.get("/api/tenants/" + tenant + "/conversations/" + conversationId
                + "/raw", Account.VIEWER);
        assertEquals(200, raw.statusCode(), raw.body());
        return parse(raw.body());
    }

    /** The record as the API sends it (job results carry participant attributes, query pages do not). */
    private static JsonObject api(SimConversation c, boolean withAttributes) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            c.writeJson(g, Instant.now(), withAttributes);
        }
        return parse(out.toString());
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
