package com.dxp.collector.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyScopeFilterTest {

    private static final UUID MINE = UUID.randomUUID();

    @Test
    void shouldLetAKeyReadItsOwnTenantsOnly() {
        assertEquals(Optional.empty(), KeyScopeFilter.refusal(Set.of(MINE), MINE.toString()));
        assertEquals(404, KeyScopeFilter.refusal(Set.of(MINE), UUID.randomUUID().toString()).orElseThrow()
                .status(), "another tenant, as if it did not exist");
        assertEquals(404, KeyScopeFilter.refusal(Set.of(MINE), "not-a-uuid").orElseThrow().status());
        assertEquals(403, KeyScopeFilter.refusal(Set.of(MINE), null).orElseThrow().status(),
                "an operation of no tenant");
    }
}
