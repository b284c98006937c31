package com.dxp.collector.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run's figures, windows and skips in plain JDBC, on H2 and PostgreSQL, with partitions adding concurrently. */
class RunFigureStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAddUpFiguresFromConcurrentPartitionsWithoutLosingAny(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            RunFigureStore store = new RunFigureStore(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
            ExecutorService partitions = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = IntStream.range(0, 4).<Future<?>>mapToObj(p -> partitions.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.add(7, "apiCalls", 2);
                    }
                })).toList();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                partitions.shutdown();
            }
            store.set(7, "windowsTotal", 12);
            store.set(7, "windowsTotal", 10);

            assertEquals(Map.of("apiCalls", 400L, "windowsTotal", 10L), store.figures(7));
            assertEquals(Map.of(), store.figures(8));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCountAWindowOnceHoweverOftenItIsReported(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            RunFigureStore store = new RunFigureStore(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));

            store.windowCompleted(7, "QUERY:2026-05-01T00:00:00Z/2026-05-02T00:00:00Z");
            store.windowCompleted(7, "QUERY:2026-05-01T00:00:00Z/2026-05-02T00:00:00Z");
            store.windowCompleted(7, "QUERY:2026-05-02T00:00:00Z/2026-05-03T00:00:00Z");

            assertEquals(2, store.windowsCompleted(7));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCountEverySkipAndKeepTheFirstHundredDetails(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            RunFigureStore store = new RunFigureStore(db.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));

            for (int i = 1; i <= RunFigureStore.KEPT_SKIPS + 5; i++) {
                store.skipped(7, "record " + i + " unreadable");
            }

            assertEquals(RunFigureStore.KEPT_SKIPS + 5L, store.figures(7).get("skipped"));
            List<String> kept = store.skips(7);
            assertEquals(RunFigureStore.KEPT_SKIPS, kept.size());
            assertEquals("record 1 unreadable", kept.get(0));
        }
    }
}
