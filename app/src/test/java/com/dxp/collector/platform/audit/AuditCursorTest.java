package com.dxp.collector.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.platform.rest.ProblemException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuditCursorTest {

    @Test
    void shouldReadBackTheCursorItWrote() {
        AuditCursor cursor = new AuditCursor(Instant.parse("2026-05-13T00:12:03.551123Z"), 4711);

        assertEquals(cursor, AuditCursor.decode(cursor.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "bm8tYmFy", "MjAyNi0wNS0xM3w0NzEx", "!!!"})
    void shouldRefuseACursorItDidNotWriteAsABadRequest(String token) {
        ProblemException refused = assertThrows(ProblemException.class, () -> AuditCursor.decode(token));

        assertEquals(400, refused.status());
    }
}
