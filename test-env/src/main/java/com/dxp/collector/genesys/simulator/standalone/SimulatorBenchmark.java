package com.dxp.collector.genesys.simulator.standalone;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.api.GenesysSimulator;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints how many conversations per second the simulator serves to one client thread, through details query
 * pages (100 per page) and through async job result pages (1000 per page), so that the collector's own
 * benchmarks are known to measure the collector. Run with {@code mvn -Psimulator-benchmark package} (see the
 * README); argument: conversations per day of the simulated org (default 200,000).
 */
public final class SimulatorBenchmark {

    private static final Logger LOG = Logger.getLogger(SimulatorBenchmark.class.getName());
    private static final String CONVERSATION = "\"conversationId\":";
    private static final Pattern CURSOR = Pattern.compile("\"cursor\":\"([^\"]+)\"");
    private static final int QUERY_PAGES = 200;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    private SimulatorBenchmark(URI base, ClientSpec client) throws IOException, InterruptedException {
        this.base = base;
        String basic = Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        this.token = json(response.body()).getString("access_token");
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        OrgSpec spec = DemoOrgs.create(1, 42L, perDay).get(0);
        SimulatorSettings settings = SimulatorSettings.defaults().withRequestsPerMinute(Integer.MAX_VALUE)
                .withJobTiming(Duration.ZERO, Duration.ZERO, Duration.ofHours(1));
        try (GenesysSimulator simulator = GenesysSimulator.builder()
                .org(OrgDataFactory.create(spec, settings)).settings(settings).clock(Clock.systemUTC())
                .build().start()) {
            SimulatorBenchmark benchmark = new SimulatorBenchmark(simulator.baseUri(), spec.clients().get(0));
            Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3));
            String interval = day + "/" + day.plus(Duration.ofDays(1));
            benchmark.warmUp(interval);
            benchmark.queryPages(interval);
            benchmark.jobResults(interval);
        }
    }

    private void warmUp(String interval) throws IOException, InterruptedException {
        for (int page = 1; page <= 20; page++) {
            post("/api/v2/analytics/conversations/details/query", queryBody(interval, page));
        }
    }

    private void queryPages(String interval) throws IOException, InterruptedException {
        long conversations = 0;
        long bytes = 0;
        long started = System.nanoTime();
        for (int page = 1; page <= QUERY_PAGES; page++) {
            byte[] body = send(HttpRequest.newBuilder(base.resolve("/api/v2/analytics/conversations/details/query"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(queryBody(interval, page))));
            conversations += count(body);
            bytes += body.length;
        }
        report("details query, pages of 100", conversations, bytes, System.nanoTime() - started);
    }

    private void jobResults(String interval) throws IOException, InterruptedException {
        long submitted = System.nanoTime();
        String jobId = json(post("/api/v2/analytics/conversations/details/jobs",
                "{\"interval\":\"" + interval + "\"}")).getString("jobId");
        String path = "/api/v2/analytics/conversations/details/jobs/" + jobId;
        while (!"FULFILLED".equals(json(get(path)).getString("state"))) {
            Thread.onSpinWait();
        }
        LOG.info(String.format("job %s fulfilled %.2f s after submission", jobId,
                (System.nanoTime() - submitted) / 1e9));
        long conversations = 0;
        long bytes = 0;
        long started = System.nanoTime();
        String cursor = null;
        do {
            byte[] body = send(HttpRequest.newBuilder(base.resolve(path + "/results?pageSize=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor))).GET());
            conversations += count(body);
            bytes += body.length;
            // the cursor is a top-level property after the conversations array: read it from the tail only
            String tail = new String(body, Math.max(0, body.length - 300), Math.min(300, body.length),
                    StandardCharsets.UTF_8);
            Matcher next = CURSOR.matcher(tail);
            cursor = next.find() ? next.group(1) : null;
        } while (cursor != null);
        report("job results, pages of 1000", conversations, bytes, System.nanoTime() - started);
    }

    private static String queryBody(String interval, int page) {
        return "{\"interval\":\"" + interval + "\",\"order\":\"asc\",\"orderBy\":\"conversationStart\","
                + "\"paging\":{\"pageSize\":100,\"pageNumber\":" + page + "}}";
    }

    private static void report(String what, long conversations, long bytes, long nanos) {
        double seconds = nanos / 1e9;
        LOG.info(String.format("%s: %,d conversations (%,d MB) in %.2f s = %,.0f conversations/s", what,
                conversations, bytes / 1_000_000, seconds, conversations / seconds));
    }

    /** Conversations in a page: occurrences of the {@code conversationId} key (no other object has it). */
    private static long count(byte[] body) {
        // Latin-1 maps bytes to chars one to one and cheaply, and String.indexOf is vectorised
        String text = new String(body, StandardCharsets.ISO_8859_1);
        long n = 0;
        for (int at = text.indexOf(CONVERSATION); at >= 0; at = text.indexOf(CONVERSATION, at + CONVERSATION.length())) {
            n++;
        }
        return n;
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        return new String(send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))), StandardCharsets.UTF_8);
    }

    private String get(String path) throws IOException, InterruptedException {
        return new String(send(HttpRequest.newBuilder(base.resolve(path)).GET()), StandardCharsets.UTF_8);
    }

    private byte[] send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
