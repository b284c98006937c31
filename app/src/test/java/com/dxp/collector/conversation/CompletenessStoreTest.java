package com.dxp.collector.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompletenessStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final LocalDate MAY_1 = LocalDate.parse("2026-05-01");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldMoveTheWatermarkOnlyOverAnUnbrokenRunOfCompleteDays(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            CompletenessStore store = new CompletenessStore(db.dataSource());
            UUID tenant = UUID.randomUUID();
            store.save(tenant, day(0, true), NOW);
            store.save(tenant, day(1, true), NOW);
            store.save(tenant, day(2, false), NOW);
            store.save(tenant, day(3, true), NOW);

            assertEquals(Optional.of(at(2)), store.refresh(tenant, NOW), "through the end of the second day");

            store.save(tenant, day(2, true), NOW);
            assertEquals(Optional.of(at(4)), store.refresh(tenant, NOW), "the late day closes the gap");
            assertEquals(Optional.of(at(4)), store.watermark(tenant));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldHaveNoWatermarkUntilTheFirstDayIsCompleteAndGoBackWhenAnOlderDayIsNot(TestDatabase kind)
            throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            CompletenessStore store = new CompletenessStore(db.dataSource());
            UUID tenant = UUID.randomUUID();
            store.save(tenant, day(0, false), NOW);
            assertEquals(Optional.empty(), store.refresh(tenant, NOW));

            store.save(tenant, day(0, true), NOW);
            assertEquals(Optional.of(at(1)), store.refresh(tenant, NOW));
            store.save(tenant, day(1, true), NOW);
            assertEquals(Optional.of(at(2)), store.refresh(tenant, NOW));
            store.save(tenant, new CompletenessStore.Day(MAY_1.minusDays(1), 5, 5, 2, false), NOW);
            assertEquals(Optional.empty(), store.refresh(tenant, NOW), "an older day, backfilled incomplete");
            assertEquals(Optional.empty(), store.watermark(tenant));
            assertEquals(Optional.empty(), store.watermark(UUID.randomUUID()), "another tenant has none");
        }
    }

    private static CompletenessStore.Day day(int offset, boolean complete) {
        return new CompletenessStore.Day(MAY_1.plusDays(offset), 10, complete ? 10 : 9, 0, complete);
    }

    private static Instant at(int offset) {
        return MAY_1.plusDays(offset).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
