package com.dxp.collector.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import org.junit.jupiter.api.Test;

class HealthStatusTest {

    @Test
    void shouldReadAStatusAsAnOperatorTypesIt() {
        assertEquals(HealthStatus.LATE, HealthStatus.parse("late"));
        assertEquals(HealthStatus.PAUSED, HealthStatus.parse(" PAUSED "));
    }

    @Test
    void shouldRefuseANameThatIsNoStatusWithTheStatusesListed() {
        ProblemException refused = assertThrows(ProblemException.class, () -> HealthStatus.parse("GREEN"));
        assertTrue(refused.getMessage().contains("DEGRADED"), refused.getMessage());
    }
}
