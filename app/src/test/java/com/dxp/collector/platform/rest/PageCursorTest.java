package com.dxp.collector.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {

    private final PageCursor cursor = new PageCursor("things");

    @Test
    void shouldGiveBackTheKeyItWasMadeFor() {
        String token = cursor.encode("tenant-a|filters", "2026-05-13T00:12:03.551Z", "c0ffee");

        assertEquals(List.of("2026-05-13T00:12:03.551Z", "c0ffee"), cursor.decode(token, "tenant-a|filters", 2));
    }

    @Test
    void shouldRefuseACursorMadeForAnotherQueryOrKind() {
        String token = cursor.encode("tenant-a|filters", "k");

        assertEquals(400, assertThrows(ProblemException.class,
                () -> cursor.decode(token, "tenant-b|filters", 1)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> new PageCursor("others").decode(token, "tenant-a|filters", 1)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> cursor.decode(token, "tenant-a|filters", 2)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "dGhpbmdz", "dGhpbmdzCmFiYwpr"})
    void shouldRefuseTokensItDidNotMake(String token) {
        assertEquals(400, assertThrows(ProblemException.class, () -> cursor.decode(token, "s", 1)).status());
    }

    @Test
    void shouldRefuseAnOverlongTokenUnread() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> cursor.decode("a".repeat(700), "s", 1)).status());
    }

    @Test
    void shouldRefuseAHandMadeCursorWithTheRightShapeButAnotherScope() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("things\n000000000000000000000000\nk"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(400, assertThrows(ProblemException.class, () -> cursor.decode(forged, "s", 1)).status());
    }

    @Test
    void shouldSliceAPageAndPointAfterItsLastRow() {
        PageCursor.Slice<String> full = cursor.slice(List.of("a", "b", "c"), 2, "s", r -> new String[] {r});
        PageCursor.Slice<String> last = cursor.slice(List.of("a", "b"), 2, "s", r -> new String[] {r});

        assertEquals(List.of("a", "b"), full.items());
        assertEquals(List.of("b"), cursor.decode(full.nextCursor(), "s", 1));
        assertNull(last.nextCursor());
    }
}
