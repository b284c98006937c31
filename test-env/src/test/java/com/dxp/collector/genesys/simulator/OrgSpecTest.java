package com.dxp.collector.genesys.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wild-data switch: off through the constructor every existing caller uses, on through withWildData(). */
class OrgSpecTest {

    private static final OrgSpec TIDY = new OrgSpec(UUID.fromString("9a1b2c3d-0000-4e5f-8a9b-112233445566"), "Acme",
            42, 500, 60, 8, List.of(new ClientSpec("c", "s", Set.of())));

    @Test
    void shouldBeTidyThroughTheSevenArgumentConstructor() {
        assertFalse(TIDY.wildData());
    }

    @Test
    void shouldChangeOnlyTheSwitchWithWildData() {
        OrgSpec wild = TIDY.withWildData();

        assertTrue(wild.wildData());
        assertEquals(new OrgSpec(TIDY.orgId(), TIDY.name(), TIDY.seed(), TIDY.conversationsPerDay(), TIDY.userCount(),
                TIDY.groupCount(), TIDY.clients(), true), wild);
    }
}
