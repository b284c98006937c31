package com.dxp.collector.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.api.RequestLog;
import com.dxp.collector.genesys.simulator.events.EventSink;
import com.dxp.collector.genesys.simulator.events.EventTopic;
import com.dxp.collector.genesys.simulator.events.GenesysEvent;
import com.dxp.collector.genesys.simulator.events.LiveEventStream;
import com.dxp.collector.genesys.simulator.events.LiveStreamSettings;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The many-tenant benchmark, a tool rather than a test: it prints figures and asserts no timing. Runs only when asked
 * ({@code -Dbenchmark.tenants=100}; see README), against the integration-test server and the simulator's tenant orgs
 * ({@link SimulatorForIts#tenantOrgs()}). One tenant per org, all verified; then for
 * {@code -Dbenchmark.tenants.minutes} (20) the simulator's live stream publishes what every org does (about 1,000
 * conversations an hour each, their {@code customer.end} events as customers leave, agents' token events) while
 * {@code -Dbenchmark.tenants.backfills} (2) more tenants, each of its own busy org
 * ({@link SimulatorForIts#backfillOrgs()}), backfill their last {@code -Dbenchmark.tenants.backfill-days} (30) days. It prints per tenant: the events published; the lag of each
 * conversation, from its record being complete in Genesys (the agents' wrap-up over, which the simulator knows) to
 * the complete record stored (the stored record's fetch time, read back through the API), and beside it the time
 * from its {@code customer.end} being published, which includes the wrap-up no collector can shorten; API calls and
 * the busiest minute against the org's limit, and requests refused as over budget (the simulator's request log);
 * the backfills' progress; the server's heap (its floor per quarter of the run) and where the CPU went.
 */
@MicroShedTest
class TenantsBenchmarkIT {

    /** How long after the stream stops the conversations it announced last are given to be stored. */
    private static final Duration DRAIN = Duration.ofMinutes(10);

    @Test
    void printManyTenantFigures() throws Exception {
        List<SimulatedOrg> orgs = SimulatorForIts.tenantOrgs();
        assumeTrue(!orgs.isEmpty(), "a benchmark: run with -Dbenchmark.tenants=100");
        List<SimulatedOrg> backfillOrgs = SimulatorForIts.backfillOrgs();
        int minutes = Integer.getInteger("benchmark.tenants.minutes", 20);
        int backfillDays = Integer.getInteger("benchmark.tenants.backfill-days", 30);
        int budget = SimulatorForIts.start().settings().requestsPerMinute();
        RequestLog log = SimulatorForIts.start().control().requests();

        List<SimulatedOrg> all = new ArrayList<>(orgs);
        all.addAll(backfillOrgs);
        Map<SimulatedOrg, String> tenants = new LinkedHashMap<>();
        long verifyStart = System.nanoTime();
        List<String> ids = inParallel(all.stream().<Callable<String>>map(o -> () -> VerifiedTenant.create("Tenant",
                o.spec().clients().get(0).clientId())).toList());
        for (int i = 0; i < all.size(); i++) {
            tenants.put(all.get(i), ids.get(i));
        }
        double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
        try {
            Announcements announced = new Announcements(SqsForIts.publisher());
            LiveEventStream live = new LiveEventStream(orgs, announced, LiveStreamSettings.defaults(),
                    Clock.systemUTC());
            HeapSampler heap = new HeapSampler();
            CpuUse cpuBefore = CpuUse.now();
            Instant start = Instant.now();
            live.start();
            Instant backfillTo = start.truncatedTo(ChronoUnit.DAYS);
            Map<String, String> backfills = new LinkedHashMap<>();
            for (String tenant : ids.subList(orgs.size(), ids.size())) {
                HttpResponse<String> started = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/backfills",
                        "{\"from\":\"" + backfillTo.minus(Duration.ofDays(backfillDays)) + "\",\"to\":\"" + backfillTo
                                + "\",\"strategy\":\"jobs\"}", Account.ADMIN);
                assertEquals(202, started.statusCode(), started.body());
                backfills.put(tenant, "/api/admin/tenants/" + tenant + "/backfills/"
                        + CollectorApi.json(started).getJsonObject("run").getJsonNumber("id").longValue());
            }
            System.out.printf("%nMany-tenant benchmark: %d live tenants and %d backfilling %d days, verified in"
                    + " %.0f s; running %d minutes%n", orgs.size(), backfillOrgs.size(), backfillDays, verifySeconds,
                    minutes);
            for (int m = 1; m <= minutes; m++) {
                Instant minuteEnd = start.plus(Duration.ofMinutes(m));
                await("minute " + m + " of the run").pollDelay(Duration.between(Instant.now(), minuteEnd)
                        .isNegative() ? Duration.ZERO : Duration.between(Instant.now(), minuteEnd))
                        .atMost(Duration.ofMinutes(2)).until(() -> true);
                System.out.printf("  minute %2d: %d customer.end published, backfills %s, heap %d MiB%n", m,
                        announced.count(), progress(backfills), heap.last() >> 20);
            }
            live.stop();
            Instant streamEnd = Instant.now();
            // read when the stream stops: the backfills go on while its last conversations are stored
            Map<String, JsonObject> backfillRuns = new LinkedHashMap<>();
            for (Map.Entry<String, String> b : backfills.entrySet()) {
                backfillRuns.put(b.getKey(), CollectorApi.json(CollectorApi.get(b.getValue(), Account.ADMIN)));
            }
            CpuUse cpu = CpuUse.now().since(cpuBefore);
            long totalAnnounced = announced.count();
            // a record whose wrap-up outlasts the steady re-fetches is fetched late by the doubling delay: those still
            // missing at the deadline are counted with the time they have waited so far
            Instant deadline = Instant.now().plus(DRAIN);
            await("the conversations announced last stored complete, or the deadline").atMost(DRAIN.plusMinutes(1))
                    .pollInterval(Duration.ofSeconds(10))
                    .until(() -> completeCount(ids) >= totalAnnounced || Instant.now().isAfter(deadline));
            heap.stop();

            List<TenantFigures> figures = inParallel(tenants.entrySet().stream().<Callable<TenantFigures>>map(
                    e -> () -> TenantFigures.of(e.getValue(), e.getKey(), announced, start, streamEnd, log))
                    .toList());
            print(figures, budget, start, streamEnd, backfillRuns, heap, cpu);
        } finally {
            inParallel(ids.stream().<Callable<Void>>map(t -> () -> {
                VerifiedTenant.purge(t, Duration.ofMinutes(30));
                return null;
            }).toList());
        }
    }

    private static void print(List<TenantFigures> figures, int budget, Instant start, Instant end,
            Map<String, JsonObject> backfills, HeapSampler heap, CpuUse cpu) {
        List<TenantFigures> live = figures.stream().filter(f -> !backfills.containsKey(f.tenant())).toList();
        System.out.printf("%n  live tenants, over %.0f s of customer.end events: lag = from the record complete in"
                + " Genesys (wrap-up over) to it stored; end = from the customer.end published to it stored; a"
                + " conversation missing counts with its wait until now%n", Duration.between(start, end).toMillis()
                / 1000.0);
        System.out.println("  tenant                               events  stored  missing   lag p50   p99   max"
                + "   end p50   p99   max   calls  busiest min  over budget");
        for (TenantFigures f : live) {
            System.out.printf("  %s %6d %7d %8d %7.0f s %4.0f s %4.0f s %6.0f s %4.0f s %4.0f s %6d %6d/%d %7d%n",
                    f.tenant(), f.announced(), f.lags().size() - f.missing(), f.missing(), f.lagPercentile(50),
                    f.lagPercentile(99), f.lagPercentile(100), f.sinceEndPercentile(50), f.sinceEndPercentile(99),
                    f.sinceEndPercentile(100), f.calls(), f.busiestMinute(), budget, f.overBudget());
        }
        TenantFigures worst = live.stream().max((a, b) -> Double.compare(a.lagPercentile(99), b.lagPercentile(99)))
                .orElseThrow();
        System.out.printf("%n  live tenants: %d; lag p99 worst %.0f s (%s), median of the tenants' p99 %.0f s,"
                + " tenants with a lag p99 >= 120 s: %d; end p99 worst %.0f s; conversations not stored complete:"
                + " %d of %d%n", live.size(), worst.lagPercentile(99), worst.tenant(), live.stream()
                        .mapToDouble(f -> f.lagPercentile(99)).sorted().skip(live.size() / 2).findFirst().orElse(0),
                live.stream().filter(f -> f.lagPercentile(99) >= 120).count(), live.stream()
                        .mapToDouble(f -> f.sinceEndPercentile(99)).max().orElse(0),
                live.stream().mapToLong(TenantFigures::missing).sum(),
                live.stream().mapToLong(TenantFigures::announced).sum());
        System.out.printf("  API: busiest minute of any tenant %d of %d; requests refused as over budget: %d;"
                + " calls in all %d%n", figures.stream().mapToLong(TenantFigures::busiestMinute).max().orElse(0),
                budget, figures.stream().mapToLong(TenantFigures::overBudget).sum(),
                figures.stream().mapToLong(TenantFigures::calls).sum());
        for (TenantFigures f : figures.stream().filter(f -> backfills.containsKey(f.tenant())).toList()) {
            JsonObject run = backfills.get(f.tenant());
            long stored = run.getJsonNumber("conversationsStored").longValue();
            Instant ended = run.containsKey("endedAt") && !run.isNull("endedAt") ? Instant.parse(run.getString(
                    "endedAt")) : end;
            System.out.printf("  backfill of %s: %s, %d conversations stored (%.0f/s), windows %d of %s;"
                    + " %d calls, busiest minute %d/%d, %d over budget%n", f.tenant(), run.getString("status"),
                    stored, stored / Math.max(1.0, Duration.between(start, ended).toSeconds()),
                    run.getJsonNumber("windowsDone").longValue(), run.get("windowsTotal") == null
                            || run.get("windowsTotal") == JsonValue.NULL ? "?" : run.get("windowsTotal").toString(),
                    f.calls(), f.busiestMinute(), budget, f.overBudget());
        }
        System.out.printf("  server heap used: max %d MiB (max heap %d MiB); floor per quarter of the run: %s MiB%n",
                heap.max() >> 20, heap.limit() >> 20, heap.floors(4));
        long enriched = live.stream().mapToLong(f -> f.lags().size() - f.missing()).sum();
        long backfilled = backfills.values().stream().mapToLong(r -> r.getJsonNumber("conversationsStored")
                .longValue()).sum();
        System.out.printf("  CPU over the run (per 1,000 conversations stored, live and backfilled): %s%n",
                cpu.describe(enriched + backfilled));
    }

    private static String progress(Map<String, String> backfills) {
        List<String> out = new ArrayList<>();
        for (String path : backfills.values()) {
            try {
                JsonObject run = CollectorApi.json(CollectorApi.get(path, Account.ADMIN));
                out.add(run.getString("status") + " " + run.getJsonNumber("conversationsStored").longValue());
            } catch (Exception e) {
                out.add("? (" + e.getMessage() + ")");
            }
        }
        return out.toString();
    }

    /** Complete records stored by live enrichment, over the tenants, as the server counts them. */
    private static long completeCount(List<String> tenants) throws Exception {
        long sum = 0;
        for (String line : CollectorApi.get("/metrics?scope=application", Account.NOBODY).body().lines().toList()) {
            if (line.startsWith("events_enrichment_lag_seconds_count{")
                    && tenants.stream().anyMatch(t -> line.contains("tenant=\"" + t + "\""))) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Runs the tasks four at a time (the server's admin API is not the thing measured), in order. */
    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Passes events on to SQS and notes when each conversation's {@code customer.end} was published, per org. */
    private static final class Announcements implements EventSink {
        private final EventSink next;
        private final Map<UUID, Map<String, Instant>> byOrg = new ConcurrentHashMap<>();

        Announcements(EventSink next) {
            this.next = next;
        }

        @Override
        public void publish(List<GenesysEvent> events) {
            next.publish(events);
            Instant now = Instant.now();
            for (GenesysEvent e : events) {
                if (e.topic() == EventTopic.CUSTOMER_END) {
                    byOrg.computeIfAbsent(e.orgId(), k -> new ConcurrentHashMap<>()).putIfAbsent(e.topicId(), now);
                }
            }
        }

        Map<String, Instant> of(UUID orgId) {
            return byOrg.getOrDefault(orgId, Map.of());
        }

        long count() {
            return byOrg.values().stream().mapToLong(Map::size).sum();
        }
    }

    /** One tenant's figures: lag per stored conversation in seconds, and its API use during the run. */
    private record TenantFigures(String tenant, int announced, List<Double> sinceEnd, List<Double> lags,
                                 long missing, long calls, long busiestMinute, long overBudget) {

        static TenantFigures of(String tenant, SimulatedOrg org, Announcements announced, Instant start, Instant end,
                RequestLog log) throws Exception {
            Map<String, Instant> published = announced.of(org.spec().orgId());
            // a backfilling tenant announced none, and its backfilled days are not read
            Map<String, Instant> fetched = published.isEmpty() ? Map.of() : completeRecordsFetched(tenant, start);
            List<Double> sinceEnd = new ArrayList<>();
            List<Double> lags = new ArrayList<>();
            long missing = 0;
            Instant now = Instant.now();
            for (Map.Entry<String, Instant> p : published.entrySet()) {
                Instant stored = fetched.get(p.getKey());
                // a record is complete only once the agents' wrap-up is over: the collector cannot store it sooner
                Instant complete = org.conversations().find(p.getKey(), now).map(SimConversation::completedAt)
                        .filter(c -> c.isAfter(p.getValue())).orElse(p.getValue());
                if (stored == null) {
                    missing++;
                    stored = now;
                }
                sinceEnd.add(seconds(p.getValue(), stored));
                lags.add(seconds(complete, stored));
            }
            String client = org.spec().clients().get(0).clientId();
            return new TenantFigures(tenant, published.size(), sinceEnd, lags, missing,
                    log.count(client, start, end), log.busiestMinute(client, start, end.minusSeconds(60)),
                    log.overBudget(client));
        }

        /**
         * When each complete record of the tenant that can have been announced in the run was fetched: those whose
         * customer left during it, which started at most 4 h before it (the stream's look-back).
         */
        private static Map<String, Instant> completeRecordsFetched(String tenant, Instant start) throws Exception {
            Map<String, Instant> fetched = new HashMap<>();
            String window = "from=" + start.minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS) + "&to="
                    + Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            String cursor = null;
            do {
                JsonObject page = CollectorApi.json(CollectorApi.get("/api/tenants/" + tenant + "/conversations?"
                        + window + "&limit=1000" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor,
                        StandardCharsets.UTF_8)), Account.VIEWER));
                for (JsonObject c : page.getJsonArray("conversations").getValuesAs(JsonObject.class)) {
                    if (c.getBoolean("complete", false)) {
                        fetched.put(c.getString("conversationId"), Instant.parse(c.getString("lastFetched")));
                    }
                }
                cursor = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? page.getString("nextCursor")
                        : null;
            } while (cursor != null);
            return fetched;
        }

        private static double seconds(Instant from, Instant to) {
            return Math.max(0, Duration.between(from, to).toMillis()) / 1000.0;
        }

        /** The {@code p}th percentile of the lag from the record's completion to its storing, in seconds. */
        double lagPercentile(int p) {
            return Percentile.of(lags, p);
        }

        /** The {@code p}th percentile of the time from the customer leaving to the complete record stored. */
        double sinceEndPercentile(int p) {
            return Percentile.of(sinceEnd, p);
        }
    }
}
