package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.schema.TestDatabase;
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
        String plan = TestDatabase.h2Plan(EventStore.receiptLookup(3), "a", "b", "c", TENANT);

        assertTrue(plan.contains(": tenant_id = ?4 and event_id = v.x */"), plan);
    }

    @Test
    void shouldLookUpEnrichmentTasksByTheWholePrimaryKeyOnH2() throws Exception {
        String plan = TestDatabase.h2Plan(EventStore.taskLookup(2), UUID.randomUUID(), UUID.randomUUID(), TENANT);

        assertTrue(plan.contains(": tenant_id = ?3 and conversation_id = v.x */"), plan);
    }
}
