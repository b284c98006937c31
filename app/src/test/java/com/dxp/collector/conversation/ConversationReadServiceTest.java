package com.dxp.collector.conversation;

import static com.dxp.collector.conversation.ConversationFixtures.INBOUND_VOICE;
import static com.dxp.collector.conversation.ConversationFixtures.copy;
import static com.dxp.collector.conversation.ConversationFixtures.load;
import static com.dxp.collector.conversation.ConversationRepositoryTest.TENANT_A;
import static com.dxp.collector.conversation.ConversationRepositoryTest.TENANT_B;
import static com.dxp.collector.conversation.ConversationRepositoryTest.filter;
import static com.dxp.collector.conversation.ConversationRepositoryTest.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.schema.TestDatabase;
import com.dxp.collector.tenant.TenantService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationReadServiceTest {

    private final ConversationRecordParser parser = new ConversationRecordParser();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPageWithoutDuplicatesOrGapsWhileConversationsAreBeingInserted(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationReadService service = service(new ConversationRepository(db.dataSource()));
            List<String> initial = minutesApart(40, 0);
            store(db.dataSource(), TENANT_A, initial);
            ConversationFilter all = filter(null, null, null, null, null, null, false);

            List<UUID> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                ConversationPage page = service.page(TENANT_A, all, cursor, 7);
                page.conversations().forEach(c -> seen.add(c.conversationId()));
                cursor = page.nextCursor();
                // between pages, conversations arrive both before and after the position reached
                store(db.dataSource(), TENANT_A, minutesApart(2, pages * 7 + 1));
                store(db.dataSource(), TENANT_A, minutesApart(1, 1000 + pages));
                pages++;
            } while (cursor != null && pages < 100);

            assertEquals(seen.size(), new HashSet<>(seen).size(), "no conversation on two pages");
            Set<UUID> initialIds = new HashSet<>(initial.stream().map(r -> parser.parse(r).conversationId()).toList());
            assertTrue(new HashSet<>(seen).containsAll(initialIds), "every conversation there at the start is read");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseACursorOfAnotherTenantOrOtherFilters(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationReadService service = service(new ConversationRepository(db.dataSource()));
            store(db.dataSource(), TENANT_A, minutesApart(3, 0));
            store(db.dataSource(), TENANT_B, minutesApart(3, 0));
            ConversationFilter all = filter(null, null, null, null, null, null, false);
            String cursorOfA = service.page(TENANT_A, all, null, 1).nextCursor();

            ProblemException otherTenant = assertThrows(ProblemException.class,
                    () -> service.page(TENANT_B, all, cursorOfA, 1));
            ProblemException otherFilter = assertThrows(ProblemException.class,
                    () -> service.page(TENANT_A, filter("voice", null, null, null, null, null, false), cursorOfA, 1));
            ProblemException garbage = assertThrows(ProblemException.class,
                    () -> service.page(TENANT_A, all, "bm90IGEgY3Vyc29y", 1));

            assertEquals(List.of(400, 400, 400), List.of(otherTenant.status(), otherFilter.status(),
                    garbage.status()));
            assertEquals(2, service.page(TENANT_A, all, cursorOfA, 5).conversations().size());
            assertNull(service.page(TENANT_A, all, cursorOfA, 5).nextCursor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldAnswerAnUnknownTenantWith404NotAnEmptyPage(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ConversationReadService service = service(new ConversationRepository(db.dataSource()));
            UUID unknown = UUID.randomUUID();

            ProblemException e = assertThrows(ProblemException.class, () -> service.page(unknown,
                    filter(null, null, null, null, null, null, false), null, 10));

            assertEquals(404, e.status());
        }
    }

    /** {@code n} copies of a voice call, one minute apart, starting {@code offset} minutes into the fixture's day. */
    private static List<String> minutesApart(int n, int offset) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(copy(load(INBOUND_VOICE), UUID.randomUUID(), Duration.ofMinutes(offset + i)));
        }
        return out;
    }

    private static ConversationReadService service(ConversationRepository repository) {
        ConversationReadService service = new ConversationReadService();
        service.repository = repository;
        service.completeness = new CompletenessStore(repository.dataSource);
        service.tenants = new KnownTenants(Set.of(TENANT_A, TENANT_B));
        return service;
    }

    /** The tenant check without a tenant table: these two exist, any other is a 404. */
    static final class KnownTenants extends TenantService {
        private final Set<UUID> known;

        KnownTenants(Set<UUID> known) {
            this.known = known;
        }

        @Override
        public void requireTenant(UUID tenantId) {
            if (!known.contains(tenantId)) {
                throw ProblemException.notFound("no tenant " + tenantId);
            }
        }
    }
}
