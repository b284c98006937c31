package com.dxp.collector.conversation;

import static com.dxp.collector.conversation.ConversationFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.jdbc.CallerTransaction;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationWriteServiceTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final UUID FIRST = UUID.fromString("c0ffee00-1111-4222-8333-444455556666");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldImportADetailsPageAndKeepEachRecordAsWritten(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationWriteService writer = writer(db, 10);
            String page = load("sample-d-page.json");

            assertEquals(new ImportResult(2, 2, 0, 0), writer.importDocument(TENANT, page));
            String raw = new ConversationRepository(db.dataSource()).findRaw(TENANT, FIRST).orElseThrow();
            assertTrue(page.contains(raw), "stored as written in the page");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldImportNothingWhenOneRecordIsBadOrTheDocumentTooBig(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationWriteService writer = writer(db, 1);
            String good = load("sample-d-inbound-voice.json");

            ProblemException bad = assertThrows(ProblemException.class, () -> writer(db, 10).importDocument(TENANT,
                    "[" + good + ", {\"conversationId\": \"nope\"}]"));
            ProblemException big = assertThrows(ProblemException.class,
                    () -> writer.importDocument(TENANT, "[" + good + "," + good + "]"));
            ProblemException notJson = assertThrows(ProblemException.class,
                    () -> writer.importDocument(TENANT, "{\"conversations\": ["));

            assertTrue(bad.getMessage().startsWith("Conversation 2 "), bad.getMessage());
            assertEquals(400, big.status());
            assertEquals(400, notJson.status());
            assertTrue(new ConversationRepository(db.dataSource()).findRaw(TENANT, FIRST).isEmpty(),
                    "nothing stored");
        }
    }

    private static ConversationWriteService writer(TestDatabase.Handle db, int maxConversations) {
        ConversationWriteService writer = new ConversationWriteService();
        writer.dataSource = db.dataSource();
        writer.callerTransaction = new CallerTransaction();
        writer.config = new ConversationConfig();
        writer.config.maxImportConversations = maxConversations;
        return writer;
    }
}
