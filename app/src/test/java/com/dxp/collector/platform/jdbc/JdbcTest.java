package com.dxp.collector.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JdbcTest {

    @Test
    void shouldLeaveATextThatFitsAsItIs() {
        String text = "fits";
        assertSame(text, Jdbc.bounded(text, 4));
        assertNull(Jdbc.bounded(null, 4));
    }

    @Test
    void shouldReplaceNulWhichPostgresRefusesInText() {
        assertEquals("a\uFFFDb", Jdbc.bounded("a\u0000b", 10));
    }

    @Test
    void shouldCutALongTextToItsColumnWithAVisibleMarker() {
        String cut = Jdbc.bounded("x".repeat(50), 20);
        assertEquals(20, cut.length());
        assertEquals("x".repeat(20 - Jdbc.CUT_MARKER.length()) + Jdbc.CUT_MARKER, cut);
    }

    @Test
    void shouldNeverCutBetweenTheHalvesOfASurrogatePair() {
        String grin = "\uD83D\uDE00";
        String cut = Jdbc.bounded("x".repeat(13) + grin + "y".repeat(10), 20);
        assertEquals("x".repeat(13) + Jdbc.CUT_MARKER, cut);
    }

    @Test
    void shouldCutWithoutMarkerWhereTheColumnIsNarrowerThanTheMarker() {
        assertEquals("abc", Jdbc.bounded("abcdef", 3));
    }

    @Test
    void shouldTakeOnlyInstantsOfRealTimes() {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        assertEquals(now, Jdbc.storable(now));
        assertNull(Jdbc.storable(Instant.ofEpochMilli(Long.MAX_VALUE)));
        assertNull(Jdbc.storable(Instant.ofEpochMilli(Long.MIN_VALUE)));
        assertNull(Jdbc.storable(null));
    }
}
