package com.dxp.collector.platform.audit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import org.junit.jupiter.api.Test;

class AuditRetentionServiceTest {

    @Test
    void shouldRefuseARetentionUnderTheMinimumAndSaySo() {
        ProblemException e = assertThrows(ProblemException.class, () -> AuditRetentionService.requireRetention(0, 90));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("at least 90 (audit.retention.min-days), was 0"), e.getMessage());
    }

    @Test
    void shouldTakeTheMinimumItself() {
        assertDoesNotThrow(() -> AuditRetentionService.requireRetention(90, 90));
        assertDoesNotThrow(() -> AuditRetentionService.requireRetention(0, 0));
    }
}
