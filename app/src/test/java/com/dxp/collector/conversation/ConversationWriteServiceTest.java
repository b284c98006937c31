package com.dxp.collector.conversation;

import static com.dxp.collector.conversation.ConversationFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.RecordingAudit;
import com.dxp.collector.platform.jdbc.CallerTransaction;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Instant;
import java.util.List;
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

    /** An imported record ending in 2099 would shadow every later record Genesys gives of the conversation. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldImportNothingWhenARecordHasATimeAheadOfNow(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            String good = load("sample-d-inbound-voice.json");
            String ahead = ConversationFixtures.copy(good, UUID.randomUUID(), java.time.Duration.between(
                    java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Instant.parse("2099-01-01T00:00:00Z")));

            ProblemException refused = assertThrows(ProblemException.class, () -> writer(db, 10).importDocument(TENANT,
                    "[" + good + ", " + ahead + "]"));

            assertEquals(400, refused.status());
            assertTrue(refused.getMessage().startsWith("Conversation 2 of the body has a time after now (2099-"),
                    refused.getMessage());
            assertTrue(new ConversationRepository(db.dataSource()).findRaw(TENANT, FIRST).isEmpty(),
                    "nothing stored");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAnswerAnImportHoldingNoConversationWithA400AndTakeOneBareConversation(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationWriteService writer = writer(db, 10);

            for (String empty : new String[] {"[]", "{\"conversations\": []}", "{\"totalHits\": 0}"}) {
                ProblemException e = assertThrows(ProblemException.class, () -> writer.importDocument(TENANT, empty));
                assertEquals(400, e.status(), empty);
                assertTrue(e.getMessage().contains("holds no conversation"), e.getMessage());
            }
            String bare = load("sample-d-inbound-voice.json");
            assertEquals(new ImportResult(1, 1, 0, 0), writer.importDocument(TENANT, "\n" + bare + "\n"));
            assertEquals(bare.strip(), new ConversationRepository(db.dataSource()).findRaw(TENANT, FIRST)
                    .orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSetAsideWhatTheStoreRefusesAndStoreItOnRetryOnceItCanBeStored(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationWriteService writer = writer(db, 10);
            UUID bad = UUID.randomUUID();
            String refusedRaw = WildRecordStoreTest.record(bad, "refuse me");
            TestDatabase.execute(db.dataSource(), "ALTER TABLE participant ADD CONSTRAINT test_refuses_ck"
                    + " CHECK (participant_name <> 'refuse me')");
            String good = WildRecordStoreTest.record(UUID.randomUUID(), "fine");

            UpsertResult result = writer.store(TENANT, List.of(
                    new IncomingConversation(good, Instant.now(), ConversationSource.LIVE),
                    new IncomingConversation(refusedRaw, Instant.now(), ConversationSource.LIVE),
                    new IncomingConversation("{\"no\": \"id\"}", Instant.now(), ConversationSource.LIVE)));

            assertEquals(1, result.inserted());
            assertEquals(2, result.refused().size());
            RefusedConversationPage page = writer.refused.page(TENANT, null, 10);
            assertEquals(2, page.conversations().size());
            RefusedConversationView view = writer.refused.find(TENANT, bad.toString());
            assertEquals(refusedRaw, view.rawJson());
            assertEquals("LIVE", view.source());

            assertEquals(new RetryOutcome(2, 0, 2), writer.retryRefused(TENANT, 100));
            assertEquals(2, writer.refused.find(TENANT, bad.toString()).refusals(), "refused again, counted");
            TestDatabase.execute(db.dataSource(), "ALTER TABLE participant DROP CONSTRAINT test_refuses_ck");

            assertEquals(new RetryOutcome(2, 1, 1), writer.retryRefused(TENANT, 100));
            assertTrue(new ConversationRepository(db.dataSource()).findRaw(TENANT, bad).isPresent(), "stored now");
            assertEquals(1, writer.refused.count(TENANT), "only the record without an id is left");
        }
    }

    /**
     * An import whose second record the database refuses answers 400 naming that record and where it went; the first
     * and third are stored, the second is set aside for a retry. Never a 500.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAnswerAnImportARecordOfWhichTheDatabaseRefusesWithA400NamingIt(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationWriteService writer = writer(db, 10);
            UUID bad = UUID.randomUUID();
            TestDatabase.execute(db.dataSource(), "ALTER TABLE participant ADD CONSTRAINT test_refuses_ck"
                    + " CHECK (participant_name <> 'refuse me')");
            UUID first = UUID.randomUUID();
            UUID third = UUID.randomUUID();
            String body = "[" + WildRecordStoreTest.record(first, "fine") + ","
                    + WildRecordStoreTest.record(bad, "refuse me") + ","
                    + WildRecordStoreTest.record(third, "fine too") + "]";

            ProblemException refused = assertThrows(ProblemException.class,
                    () -> writer.importDocument(TENANT, body));

            assertEquals(400, refused.status());
            assertTrue(refused.getMessage().startsWith("Conversation 2 of the body cannot be stored: "),
                    refused.getMessage());
            assertTrue(refused.getMessage().endsWith("1 refused in all, set aside under refused-conversations; the"
                    + " other 2 were stored."), refused.getMessage());
            assertEquals(bad.toString(), writer.refused.page(TENANT, null, 10).conversations().get(0)
                    .conversationId());
            ConversationRepository stored = new ConversationRepository(db.dataSource());
            assertTrue(stored.findRaw(TENANT, first).isPresent() && stored.findRaw(TENANT, third).isPresent());
            assertTrue(stored.findRaw(TENANT, bad).isEmpty(), "the refused one is not stored");
        }
    }

    /** An import audits itself (AuditCoverageTest's list), once stored, naming the conversations it brought. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAuditAnImportWithWhoImportedWhichConversations(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationWriteService writer = writer(db, 10);
            RecordingAudit audit = new RecordingAudit();
            writer.audit = audit;

            writer.importDocument(TENANT, load("sample-d-page.json"), "admin", "corr-1");

            assertEquals(1, audit.events.size());
            AuditEvent entry = audit.events.get(0);
            assertEquals(List.of("admin", "conversations.imported", TENANT, "corr-1"),
                    List.of(entry.actor(), entry.action(), entry.tenantId(), entry.correlationId()));
            assertTrue(entry.detail().startsWith("imported 2 conversation record(s): 2 new"), entry.detail());
            assertTrue(entry.detail().contains(FIRST.toString()), entry.detail());
        }
    }

    private static ConversationWriteService writer(TestDatabase.Handle db, int maxConversations) {
        ConversationWriteService writer = new ConversationWriteService();
        writer.dataSource = db.dataSource();
        writer.callerTransaction = new CallerTransaction();
        writer.refused = new RefusedConversationRepository(db.dataSource());
        writer.config = new ConversationConfig();
        writer.config.maxImportConversations = maxConversations;
        return writer;
    }
}
