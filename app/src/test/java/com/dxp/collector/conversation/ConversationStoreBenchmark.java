package com.dxp.collector.conversation;

import com.dxp.collector.platform.schema.TestDatabase;
import com.dxp.collector.platform.schema.SchemaMigrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * conversations per second, CPU per conversation (this JVM and, on PostgreSQL, the writers' backends), rows per
 * conversation by table and, on PostgreSQL, bytes on disk per conversation. A tool, not a test.
 *
 * <p>Arguments: {@code [conversations=20000] [batchSize=250] [writers=1]}; with several writers each stores its own
 * slice of the conversations on its own connection, as parallel backfill partitions would.
 * {@code -Dbenchmark.targets=postgres} (comma-separated among {@code h2}, {@code postgres},
 * {@code postgres-rewrite}; all by default) runs only some of the targets, for shorter runs while tuning.
 */
public final class ConversationStoreBenchmark {

    private static final String[] TABLES = {"conversation", "participant", "segment"};

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
            for (String phase : List.of("first write", "replace all")) {
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                double backendSeconds = parallel(ds, store, tenant, records, batchSize, writers,
                        phase.equals("first write") ? fetched : fetched.plusSeconds(60), postgres);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double clientMicros = (processCpuNanos() - cpu0) / 1e3 / records.size();
                System.out.printf("%-45s %s: %8.0f conversations/s (%.2f s); CPU per conversation: this JVM %.0f µs"
                        + "%s%n", name, phase, records.size() / seconds, seconds, clientMicros, postgres
                        ? String.format(", PostgreSQL backends %.0f µs", backendSeconds * 1e6 / records.size())
                        : "");
            }
            try (Statement s = c.createStatement()) {
                StringBuilder rows = new StringBuilder();
                for (String t : TABLES) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t + " WHERE tenant_id = '" + tenant
                            + "'")) {
                        rs.next();
                        rows.append(String.format(" %s %.1f", t, rs.getLong(1) / (double) records.size()));
                    }
                }
                System.out.printf("%-45s rows per conversation:%s%n", name, rows);
            }
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

    /**
     * Stores the records in {@code writers} slices at once, each on its own connection; on PostgreSQL returns the CPU
     * seconds its backends used for them (read from {@code /proc}: the benchmark runs on the database's machine).
     */
    private static double parallel(DataSource ds, ConversationStore store, UUID tenant, List<String> records,
            int batchSize, int writers, Instant fetched, boolean postgres) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Double>> done = new ArrayList<>();
            int slice = (records.size() + writers - 1) / writers;
            for (int from = 0; from < records.size(); from += slice) {
                List<String> part = records.subList(from, Math.min(records.size(), from + slice));
                done.add(pool.submit(() -> {
                    try (Connection c = ds.getConnection()) {
                        long backend = postgres ? backendPid(c) : -1;
                        double before = backendCpuSeconds(backend);
                        upsertAll(store, c, tenant, part, batchSize, fetched);
                        return backendCpuSeconds(backend) - before;
                    }
                }));
            }
            double backendSeconds = 0;
            for (Future<Double> f : done) {
                backendSeconds += f.get();
            }
            return backendSeconds;
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long backendPid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** utime + stime of a PostgreSQL backend process, in seconds (clock ticks of 1/100 s); 0 for none. */
    private static double backendCpuSeconds(long pid) throws IOException {
        if (pid < 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
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
