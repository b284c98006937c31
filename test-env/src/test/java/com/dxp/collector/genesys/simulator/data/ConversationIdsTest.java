package com.dxp.collector.genesys.simulator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids carry slot and index through a keyed permutation and look like version-4 UUIDs. */
class ConversationIdsTest {

    private final ConversationIds ids = new ConversationIds(1234L);
    private final ConversationIds otherOrg = new ConversationIds(1235L);

    @Test
    void shouldDecodeWhatItEncodes() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long slot = random.nextLong(ConversationIds.MAX_SLOT + 1);
            int index = random.nextInt(ConversationIds.MAX_PER_SLOT);
            String id = ids.encode(slot, index);

            assertEquals((slot << 16) | index, ids.decode(id));
            assertEquals(4, UUID.fromString(id).version());
            assertEquals(2, UUID.fromString(id).variant());
            assertEquals(-1, otherOrg.decode(id));
        }
    }

    @Test
    void shouldMakeNeighbouringIdsLookUnrelated() {
        String first = ids.encode(29_000_000L, 0);
        String second = ids.encode(29_000_000L, 1);

        assertNotEquals(first.substring(0, 8), second.substring(0, 8));
        assertNotEquals(first.substring(24), second.substring(24));
    }
}
