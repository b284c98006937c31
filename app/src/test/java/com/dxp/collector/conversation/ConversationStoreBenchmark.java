package com.dxp.collector.conversation;

import com.dxp.collector.platform.schema.TestDatabase;
import com.dxp.collector.platform.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Measures {@link ConversationStore} throughput: generates N realistic conversations from the fixtures (mostly
 * 4-participant transfers and conferences, fresh ids, shifted times), upserts them in batches into H2 in memory and,
 * when {@code -Dtest.postgres.url} is given, into a fresh PostgreSQL schema (dropped afterwards), and prints
 * conversations per second and, on PostgreSQL, bytes on disk per conversation. A tool, not a test.
 *
 * <p>Arguments: {@code [conversations=20000] [batchSize=250] [writers=1]}; with several writers each stores its own
 * slice of the conversations on its own connection, as parallel backfill partitions would.
 * {@code -Dbenchmark.targets=postgres} (comma-separated among {@code h2}, {@code postgres},
 * {@code postgres-rewrite}; all by default) runs only some of the targets, for shorter runs while tuning.
 */
public final class ConversationStoreBenchmark {

    private static final String[] TABLES = {"conversation", "participant", "session", "segment", "metric",
        "media_endpoint_stat"};

    private static final List<String> TARGETS = List.of(System.getProperty("benchmark.targets",
            "h2,postgres,postgres-rewrite").split(","));

    private ConversationStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> records = generate(n);
        long rawBytes = records.stream().mapToLong(String::length).sum();
        System.out.printf("%d conversations, batches of %d, %d writer(s), raw JSON %d bytes each on average%n", n,
                batchSize, writers, rawBytes / n);

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        if (TARGETS.contains("h2")) {
            run("H2 (mem)", h2, records, batchSize, writers, false);
        }

        String url = TestDatabase.postgresUrl();
        if (url.isBlank()) {
            System.out.println("PostgreSQL skipped: no -Dtest.postgres.url");
            return;
        }
        for (boolean rewrite : new boolean[] {false, true}) {
            if (!TARGETS.contains(rewrite ? "postgres-rewrite" : "postgres")) {
                continue;
            }
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
            PGSimpleDataSource admin = TestDatabase.postgres(url, null);
            TestDatabase.execute(admin, "CREATE SCHEMA " + schema);
            try {
                PGSimpleDataSource pg = TestDatabase.postgres(url, schema);
                pg.setReWriteBatchedInserts(rewrite);
                run("PostgreSQL" + (rewrite ? " reWriteBatchedInserts=true" : ""), pg, records, batchSize, writers,
                        true);
            } finally {
                TestDatabase.execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static List<String> generate(int n) {
        // weights: transfer and conference (4 participants) are the typical contact-centre call here
        List<String> templates = List.of(ConversationFixtures.load(ConversationFixtures.TRANSFER),
                ConversationFixtures.load(ConversationFixtures.CONFERENCE),
                ConversationFixtures.load(ConversationFixtures.TRANSFER),
                ConversationFixtures.load(ConversationFixtures.INBOUND_VOICE),
                ConversationFixtures.load(ConversationFixtures.CONFERENCE));
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(ConversationFixtures.copy(templates.get(i % templates.size()), UUID.randomUUID(),
                    Duration.ofSeconds(37L * i)));
        }
        return out;
    }

    private static void run(String name, DataSource ds, List<String> records, int batchSize, int writers,
            boolean postgres) throws Exception {
        new SchemaMigrator(ds).migrate();
        ConversationStore store = new ConversationStore();
        UUID tenant = UUID.randomUUID();
        Instant fetched = Instant.now();
        try (Connection c = ds.getConnection()) {
            // warm-up under another tenant: JIT, statement caches
            upsertAll(store, c, UUID.randomUUID(), records.subList(0, Math.min(2_000, records.size())), batchSize,
                    fetched);
            long t0 = System.nanoTime();
            parallel(ds, store, tenant, records, batchSize, writers, fetched);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-45s first write: %8.0f conversations/s (%.2f s)%n", name, records.size() / seconds,
                    seconds);
            t0 = System.nanoTime();
            parallel(ds, store, tenant, records, batchSize, writers, fetched.plusSeconds(60));
            seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-45s replace all: %8.0f conversations/s (%.2f s)%n", name, records.size() / seconds,
                    seconds);
            if (postgres) {
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                    long bytes = 0;
                    for (String t : TABLES) {
                        try (ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + t + "')")) {
                            rs.next();
                            bytes += rs.getLong(1);
                        }
                    }
                    long count;
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM conversation")) {
                        rs.next();
                        count = rs.getLong(1);
                    }
                    System.out.printf("%-45s %d bytes per conversation on disk (%d conversations, tables and"
                            + " indexes, after VACUUM)%n", name, bytes / count, count);
                }
            }
        }
    }

    /** Stores the records in {@code writers} slices at once, each on its own connection. */
    private static void parallel(DataSource ds, ConversationStore store, UUID tenant, List<String> records,
            int batchSize, int writers, Instant fetched) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            int slice = (records.size() + writers - 1) / writers;
            for (int from = 0; from < records.size(); from += slice) {
                List<String> part = records.subList(from, Math.min(records.size(), from + slice));
                done.add(pool.submit(() -> {
                    try (Connection c = ds.getConnection()) {
                        upsertAll(store, c, tenant, part, batchSize, fetched);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void upsertAll(ConversationStore store, Connection c, UUID tenant, List<String> records,
            int batchSize, Instant fetched) throws SQLException {
        for (int from = 0; from < records.size(); from += batchSize) {
            List<IncomingConversation> batch = new ArrayList<>(batchSize);
            for (String raw : records.subList(from, Math.min(records.size(), from + batchSize))) {
                batch.add(new IncomingConversation(raw, fetched, ConversationSource.BACKFILL));
            }
            store.upsert(c, tenant, batch);
        }
    }
}
