package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.schema.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The H2 writer locks a batch's conversations before replacing them. The statement must find each conversation by
 * the whole primary key: read through the tenant column alone it scans every stored conversation of the tenant,
 * so each batch of a backfill would cost more than the one before.
 */
class BatchTableWriterTest {

    @Test
    void shouldLockEachConversationThroughTheWholePrimaryKey() throws Exception {
        String plan = TestDatabase.h2Plan(BatchTableWriter.lockStatement("conversation_id, conversation_end", 2),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        assertTrue(plan.contains(": tenant_id = ?3 and conversation_id = v.x */"), plan);
    }
}
