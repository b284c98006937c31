package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the tenant health reads of the quarantine: each tenant's messages still waiting for a replay. */
class QuarantineServiceTest {

    private static final UUID A = UUID.fromString("7e000000-0000-4000-8000-0000000000a1");
    private static final UUID B = UUID.fromString("7e000000-0000-4000-8000-0000000000b2");
    private static final Instant T0 = Instant.parse("2026-05-14T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCountEachTenantsMessagesWaitingForAReplayAndThoseOfNoTenantApart(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            quarantine(db, A, "a1", QuarantineReason.DISABLED_TENANT);
            quarantine(db, A, "a2", QuarantineReason.INVALID_BODY);
            quarantine(db, A, "a2", QuarantineReason.INVALID_BODY);
            quarantine(db, A, "a3", QuarantineReason.DISABLED_TENANT);
            quarantine(db, B, "b1", QuarantineReason.INVALID_BODY);
            quarantine(db, B, "b2", QuarantineReason.INVALID_BODY);
            quarantine(db, null, "unknown org", QuarantineReason.UNKNOWN_TENANT);
            TestDatabase.execute(db.dataSource(), "UPDATE quarantined_message SET replayed_at = CURRENT_TIMESTAMP"
                    + " WHERE raw_body IN ('a3', 'b1', 'b2')");
            QuarantineService quarantine = new QuarantineService();
            quarantine.dataSource = db.dataSource();

            Map<UUID, Long> expected = new HashMap<>();
            expected.put(A, 2L);
            expected.put(null, 1L);
            assertEquals(expected, quarantine.waitingByTenant(),
                    "a body seen twice is one message; replayed ones and tenants with none waiting are absent");
        }
    }

    private static void quarantine(TestDatabase.Handle db, UUID tenant, String body, QuarantineReason reason)
            throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            EventStore.quarantine(c, new RejectedMessage("events", body, reason, "test", tenant, null, null), T0);
        }
    }
}
