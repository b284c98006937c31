package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Measures how many conversations per second one thread generates and serializes, the figure that decides
 * whether the simulator can serve large backfills at real API speed. Not a test: run it by hand with
 * {@code java -cp <test-env classpath> com.dxp.collector.genesys.simulator.data.ConversationGenerationBenchmark [seconds]}.
 */
public final class ConversationGenerationBenchmark {

    private static final Logger LOG = Logger.getLogger(ConversationGenerationBenchmark.class.getName());

    private ConversationGenerationBenchmark() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        OrgSpec spec = new OrgSpec(UUID.fromString("9a1b2c3d-0000-4e5f-8a9b-112233445566"), "Benchmark Org", 42,
                200_000, 500, 20, List.of());
        ConversationCatalog catalog = OrgDataFactory.create(spec, SimulatorSettings.defaults()).conversations();
        Instant from = Instant.parse("2026-05-11T00:00:00Z");
        Instant asOf = Instant.parse("2027-01-01T00:00:00Z");

        run(catalog, from, asOf, Math.max(2, seconds / 3), "warm-up");
        run(catalog, from, asOf, seconds, "measured");
    }

    private static void run(ConversationCatalog catalog, Instant from, Instant asOf, long seconds, String phase) {
        CountingSink sink = new CountingSink();
        long count = 0;
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(seconds).toNanos();
        try (JsonGenerator out = Json.createGenerator(sink)) {
            out.writeStartArray();
            Iterator<SimConversation> conversations =
                    catalog.startingBetween(from, from.plus(Duration.ofDays(28)), asOf).iterator();
            while (conversations.hasNext() && (count % 1000 != 0 || System.nanoTime() < deadline)) {
                // alternate query-style and job-style records, as the API serves both
                conversations.next().writeJson(out, asOf, (count & 1) == 1);
                count++;
            }
            out.writeEnd();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format(java.util.Locale.ROOT,
                "%s: %d conversations generated and serialized in %.2f s on one thread: %.0f conversations/s, "
                        + "%.1f MB/s, %.0f bytes per conversation",
                phase, count, elapsed, count / elapsed, sink.bytes / elapsed / 1e6, sink.bytes / (double) count));
    }

    /** Discards the JSON, counting its bytes. */
    private static final class CountingSink extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
