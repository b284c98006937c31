package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiBudgetSlotsTest {

    private static final Duration SLOT = Duration.ofSeconds(2);
    private static final Instant START = Instant.parse("2026-12-06T20:00:00.700Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    /**
     * Two servers on one database call as fast as they can, every 250 ms, for two and a half minutes: no 60-second
     * span, wherever it starts, holds more grants than the limit, and the limit is used to 90 % (9 of 300 a 2-second
     * slot).
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldGrantNoMinuteMoreThanTheLimitWhateverTheServersCalling(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            UUID tenant = UUID.randomUUID();
            List<ApiBudgetSlots> servers = List.of(slots(db), slots(db));
            List<Instant> grants = new ArrayList<>();
            for (int step = 0; step < 600; step++) {
                for (ApiBudgetSlots server : servers) {
                    while (true) {
                        try {
                            server.take(tenant, 300, Duration.ZERO);
                            grants.add(now.get());
                        } catch (GenesysBudgetTimeoutException spent) {
                            break;
                        }
                    }
                }
                now.set(now.get().plusMillis(250));
            }

            int worst = 0;
            for (Instant from : grants) {
                Instant to = from.plusSeconds(60);
                worst = Math.max(worst, (int) grants.stream().filter(g -> !g.isBefore(from) && g.isBefore(to)).count());
            }
            assertTrue(worst <= 300, "most grants in a minute: " + worst);
            assertEquals(76 * 9, grants.size(), "9 grants in each 2-second slot from 20:00:00 to 20:02:30");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldWaitForTheNextSlotWhenThisOneIsSpentAndGiveUpPastTheTimeout(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            UUID tenant = UUID.randomUUID();
            ApiBudgetSlots slots = slots(db);
            for (int i = 0; i < 9; i++) {
                assertEquals(Duration.ZERO, slots.take(tenant, 300, Duration.ZERO));
            }

            Duration waited = slots.take(tenant, 300, Duration.ofSeconds(5));

            assertEquals(Duration.ofMillis(1301), waited, "from .7 s to the next slot at 2 s, and 1 ms");
            assertThrows(GenesysBudgetTimeoutException.class, () -> {
                for (int i = 0; i < 9; i++) {
                    slots.take(tenant, 300, Duration.ofMillis(500));
                }
            }, "the slot is spent and the next is further than the timeout");
            assertEquals(Duration.ZERO, slots.take(UUID.randomUUID(), 300, Duration.ZERO), "another tenant's own");
        }
    }

    @Test
    void shouldCutTheLimitIntoSlotsNoMinuteCanOverfill() {
        assertEquals(32, ApiBudgetSlots.slotsPerMinute(SLOT), "61.2 s touch 31 slots and cut into a 32nd");
        assertEquals(9, ApiBudgetSlots.perSlot(300, SLOT));
        assertEquals(SLOT, ApiBudgetSlots.slotFor(300, SLOT), "9 a slot: 270 a minute");
        assertEquals(Duration.ofSeconds(3), ApiBudgetSlots.slotFor(25, SLOT), "1 a 3-second slot: 20 a minute");
        assertEquals(Duration.ofSeconds(31), ApiBudgetSlots.slotFor(3, SLOT), "1 a 31-second slot: 61.2 s touch 3");
        assertEquals(3, ApiBudgetSlots.perSlot(10, Duration.ofMinutes(1)), "61.2 s touch at most 3 minute slots");
        assertEquals(Instant.parse("2026-12-06T20:00:00Z"), ApiBudgetSlots.slotStart(START, SLOT));
    }

    @Test
    void shouldAnswerABudgetTimeoutWhenTheGrantsCannotBeRead() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:file:/nonexistent/" + UUID.randomUUID() + ";IFEXISTS=TRUE");
        ApiBudgetSlots slots = new ApiBudgetSlots(unreachable, SLOT, now::get, d -> { }, this::nanos);

        GenesysBudgetTimeoutException e = assertThrows(GenesysBudgetTimeoutException.class,
                () -> slots.take(UUID.randomUUID(), 300, Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
    }

    private ApiBudgetSlots slots(TestDatabase.Handle db) {
        return new ApiBudgetSlots(db.dataSource(), SLOT, now::get, d -> now.set(now.get().plus(d)), this::nanos);
    }

    private long nanos() {
        Instant at = now.get();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }
}
