package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.conversation.ConversationWriteService;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.conversation.UpsertResult;
import com.dxp.collector.platform.jdbc.StoreException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoreConversationSinkTest {

    private static final List<HistoricalConversation> PAGE = List.of(new HistoricalConversation(
            UUID.randomUUID().toString(), Instant.parse("2026-05-01T00:00:00Z"), "{}"));

    @Test
    void shouldTurnAValueTheDatabaseRefusesIntoTheRefusalTheJobRetriesRecordByRecord() {
        StoreException refused = StoreException.of("conversation batch upsert",
                new SQLException("value too long for type character varying(100)", "22001"));

        ConversationRefusedException e = assertThrows(ConversationRefusedException.class,
                () -> sink(refused).store(UUID.randomUUID(), PAGE));

        assertTrue(e.getMessage().contains("22001"), e.getMessage());
        assertSame(refused, e.getCause());
    }

    @Test
    void shouldLeaveAnyOtherStoreFailureAsItIs() {
        StoreException lost = StoreException.of("conversation batch upsert",
                new SQLException("connection lost", "08006"));

        assertSame(lost, assertThrows(StoreException.class, () -> sink(lost).store(UUID.randomUUID(), PAGE)));
    }

    private static StoreConversationSink sink(RuntimeException failure) {
        StoreConversationSink sink = new StoreConversationSink();
        sink.writer = new ConversationWriteService() {
            @Override
            public UpsertResult store(UUID tenantId, List<IncomingConversation> batch) {
                throw failure;
            }
        };
        return sink;
    }
}
