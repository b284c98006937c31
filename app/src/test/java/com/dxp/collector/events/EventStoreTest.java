package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.jdbc.Jdbc;
import com.dxp.collector.platform.schema.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How the H2 path finds what a batch has seen before. Both lookups run once per receive batch against tables that
 * grow with every event, so they must use the whole primary key: a plan that uses only the tenant column scans
 * every receipt of the tenant and makes ingest slower the longer the collector runs.
 */
class EventStoreTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000c");

    @Test
    void shouldLookUpReceiptsByTheWholePrimaryKeyOnH2() throws Exception {
        String plan = plan(EventStore.receiptLookup(3), "a", "b", "c", TENANT);

        assertTrue(plan.contains(": tenant_id = ?4 and event_id = v.x */"), plan);
    }

    @Test
    void shouldLookUpEnrichmentTasksByTheWholePrimaryKeyOnH2() throws Exception {
        String plan = plan(EventStore.taskLookup(2), UUID.randomUUID(), UUID.randomUUID(), TENANT);

        assertTrue(plan.contains(": tenant_id = ?3 and conversation_id = v.x */"), plan);
    }

    private static String plan(String sql, Object... args) throws Exception {
        try (TestDatabase.Handle db = TestDatabase.H2.openMigrated()) {
            List<String> rows = Jdbc.query(db.dataSource(), "plan", "EXPLAIN " + sql,
                    s -> Jdbc.bindAll(s, List.of(args)), rs -> rs.getString(1));
            // the index condition is the comment after the index name: one line, lower case
            return String.join(" ", rows).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }
}
