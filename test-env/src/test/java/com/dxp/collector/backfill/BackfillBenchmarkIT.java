package com.dxp.collector.backfill;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.RequestLog;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.CpuUse;
import com.dxp.collector.platform.HeapSampler;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The backfill's benchmark, a tool rather than a test: it prints figures and asserts no timing. Runs only when asked
 * ({@code -Dbenchmark.backfill.per-day=20000 -Dbenchmark.backfill.days=10}; see README), against the
 * integration-test server (PostgreSQL when run with {@code -Ddb.kind=postgres}) and the simulator's third org. In
 * one run it measures a bare client paging the org's async job results (no storing), with the collector's windows
 * and concurrency, then the collector backfilling the same period with the jobs strategy: conversations/s of both,
 * the ratio, API calls per 1,000 conversations (from the simulator's request log), the server's heap use
 * sampled every half second (with its lowest point per quarter of the run, to show whether it stays flat), and where
 * the machine's CPU went in each phase: the simulator, the server and PostgreSQL share the same cores here.
 *
 * <p>Both phases page under the org's request budget (300 a minute per token, as Genesys). A period whose calls fit
 * in one minute's budget (10 days of 20,000) lets the bare client burst and makes the comparison one of CPU only;
 * a longer one (30 days) makes both sustain the budget, as a real backfill of a busy org does. The bare client's
 * 429 count says which case a run was.
 */
@MicroShedTest
class BackfillBenchmarkIT {

    private static final String JOBS = "/api/v2/analytics/conversations/details/jobs";

    /** 429s the bare client received: it waits each out (Retry-After), so they say the API budget bound it. */
    private static final AtomicLong BARE_RATE_LIMITED = new AtomicLong();

    @Test
    void printBackfillFigures() throws Exception {
        int perDay = Integer.getInteger("benchmark.backfill.per-day", 0);
        assumeTrue(perDay > 0, "a benchmark: run with -Dbenchmark.backfill.per-day=20000");
        int days = Integer.getInteger("benchmark.backfill.days", 10);
        int windowDays = Integer.getInteger("benchmark.backfill.window-days", 5);
        Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        Instant from = to.minus(Duration.ofDays(days));
        String client = SimulatorForIts.BENCHMARK;
        RequestLog log = SimulatorForIts.start().control().requests();

        // 1. a bare client: the same windows, two at a time, job results pages of 1000, nothing stored
        long bareCallsBefore = callsOf(log, client);
        CpuUse bareCpuBefore = CpuUse.now();
        long bareStart = System.nanoTime();
        long bare = bareClient(from, to, windowDays, client);
        double bareSeconds = (System.nanoTime() - bareStart) / 1e9;
        CpuUse bareCpu = CpuUse.now().since(bareCpuBefore);
        long bareCalls = callsOf(log, client) - bareCallsBefore;

        // 2. the collector
        String tenant = VerifiedTenant.create("Benchmark", client);
        try {
            HeapSampler heap = new HeapSampler();
            long callsBefore = callsOf(log, client);
            long queriesBefore = log.count(client, "POST /api/v2/analytics/conversations/details/query");
            CpuUse cpuBefore = CpuUse.now();
            long start = System.nanoTime();
            HttpResponse<String> started = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/backfills",
                    "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"strategy\":\"jobs\",\"jobWindowSize\":\"P"
                            + windowDays + "D\"}", Account.ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            long id = CollectorApi.json(started).getJsonObject("run").getJsonNumber("id").longValue();
            String path = "/api/admin/tenants/" + tenant + "/backfills/" + id;
            await("the backfill ended").atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !List.of("STARTING", "STARTED", "STOPPING").contains(
                            CollectorApi.json(CollectorApi.get(path, Account.ADMIN)).getString("status")));
            double seconds = (System.nanoTime() - start) / 1e9;
            CpuUse cpu = CpuUse.now().since(cpuBefore);
            heap.stop();
            JsonObject run = CollectorApi.json(CollectorApi.get(path, Account.ADMIN));
            long stored = run.getJsonNumber("conversationsStored").longValue();
            long calls = callsOf(log, client) - callsBefore;
            long reconcileCalls = log.count(client, "POST /api/v2/analytics/conversations/details/query")
                    - queriesBefore;
            long jobsPathCalls = calls - reconcileCalls;

            System.out.printf("%nBackfill benchmark: %d days x %d conversations/day, windows of %d days, db %s%n",
                    days, perDay, windowDays, System.getProperty("it.db.kind"));
            System.out.printf("  bare client (job results, no storing)   %8d conversations in %6.1f s = %8.0f/s,"
                    + " %d calls (%.0f/min), %d answered 429 and waited out%n", bare, bareSeconds, bare / bareSeconds,
                    bareCalls, bareCalls * 60 / bareSeconds, BARE_RATE_LIMITED.get());
            System.out.printf("  collector (jobs strategy, %s)       %8d conversations in %6.1f s = %8.0f/s,"
                    + " %d calls (%.0f/min)%n", run.getString("status"), stored, seconds, stored / seconds, calls,
                    calls * 60 / seconds);
            System.out.printf("  ratio collector / bare                  %8.2f%n",
                    (stored / seconds) / (bare / bareSeconds));
            System.out.printf("  API calls per 1,000 conversations       %8.3f on the jobs path (%d calls),"
                    + " %.3f with reconciliation (%d more)%n", jobsPathCalls * 1000.0 / stored, jobsPathCalls,
                    calls * 1000.0 / stored, reconcileCalls);
            System.out.printf("  server heap used: max %d MiB, first %d MiB, last %d MiB (max heap %d MiB)%n",
                    heap.max() >> 20, heap.first() >> 20, heap.last() >> 20, heap.limit() >> 20);
            System.out.printf("  server heap floor (lowest sample) per quarter of the run: %s MiB%n",
                    heap.floors(4));
            System.out.printf("  CPU, bare client:  %s%n", bareCpu.describe(bare));
            System.out.printf("  CPU, collector:    %s%n", cpu.describe(stored));
        } finally {
            VerifiedTenant.purge(tenant, Duration.ofMinutes(30));
            JsonObject purge = CollectorApi.json(CollectorApi.get("/api/admin/tenants/" + tenant + "/purge",
                    Account.ADMIN));
            System.out.printf("  purge of the tenant (background, chunks): %d rows in %.0f s%n",
                    purge.getJsonNumber("deletedTotal").longValue(), Duration.between(
                            Instant.parse(purge.getString("startedAt")), Instant.parse(purge.getString("endedAt")))
                            .toMillis() / 1000.0);
        }
    }

    private static long callsOf(RequestLog log, String client) {
        Map<String, Long> byEndpoint = log.snapshot().byClientEndpoint().getOrDefault(client, Map.of());
        return byEndpoint.entrySet().stream().filter(e -> e.getKey().contains("/analytics/"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Pages every window's job results, two windows at a time, counting the conversations. */
    private static long bareClient(Instant from, Instant to, int windowDays, String client) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = SimulatorForIts.start().baseUri();
        String token = token(http, base, client);
        List<Instant[]> windows = new ArrayList<>();
        for (Instant s = from; s.isBefore(to); s = s.plus(Duration.ofDays(windowDays))) {
            Instant e = s.plus(Duration.ofDays(windowDays));
            windows.add(new Instant[] {s, e.isAfter(to) ? to : e});
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicLong total = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        for (Instant[] w : windows) {
            done.add(pool.submit(() -> {
                total.addAndGet(pageJob(http, base, token, w[0], w[1]));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return total.get();
    }

    private static long pageJob(HttpClient http, URI base, String token, Instant start, Instant end)
            throws Exception {
        JsonObject submitted = json(send(http, token, HttpRequest.newBuilder(base.resolve(JOBS)).POST(
                HttpRequest.BodyPublishers.ofString("{\"interval\":\"" + start + "/" + end + "\"}"))
                .header("Content-Type", "application/json")));
        String job = submitted.getString("jobId");
        await("job " + job + " fulfilled").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> json(send(http, token, HttpRequest.newBuilder(base.resolve(JOBS + "/" + job)).GET()))
                        .getString("state").equals("FULFILLED"));
        long count = 0;
        String cursor = null;
        do {
            String url = JOBS + "/" + job + "/results?pageSize=1000" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonObject page = json(send(http, token, HttpRequest.newBuilder(base.resolve(url)).GET()));
            count += page.containsKey("conversations") ? page.getJsonArray("conversations").size() : 0;
            cursor = page.containsKey("cursor") && !page.isNull("cursor") ? page.getString("cursor") : null;
        } while (cursor != null);
        return count;
    }

    /** Sends with the token; a 429 is waited out (Retry-After) and sent again, as any client must. */
    private static String send(HttpClient http, String token, HttpRequest.Builder request) throws Exception {
        HttpRequest r = request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build();
        while (true) {
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429) {
                assertEquals(200, response.statusCode() / 100 * 100, response.body());
                return response.body();
            }
            BARE_RATE_LIMITED.incrementAndGet();
            long wait = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1"));
            await("rate limit").pollDelay(Duration.ofSeconds(wait)).atMost(Duration.ofSeconds(wait + 5))
                    .until(() -> true);
        }
    }

    private static String token(HttpClient http, URI base, String client) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + SimulatorForIts.secretOf(client))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return json(r.body()).getString("access_token");
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
