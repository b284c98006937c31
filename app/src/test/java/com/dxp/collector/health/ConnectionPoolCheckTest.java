package com.dxp.collector.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionPoolCheckTest {

    @Test
    void shouldAcceptThePoolTheDefaultsNeed() {
        // 1 queue x 4 receivers + 4 tenants + 2 windows + 4 = 14 of the default 20
        assertEquals(Optional.empty(), ConnectionPoolCheck.shortfall(1, 4, 4, 2, 20));
        assertEquals(Optional.empty(), ConnectionPoolCheck.shortfall(1, 4, 4, 2, 14));
    }

    @Test
    void shouldNameTheFiguresAndTheFixWhenReceiversOutnumberThePool() {
        String why = ConnectionPoolCheck.shortfall(4, 4, 4, 2, 20).orElseThrow();

        assertTrue(why.contains("DB_POOL_MAX=20"), why);
        assertTrue(why.contains("26 connections"), why);
        assertTrue(why.contains("4 queue(s) x 4 receivers"), why);
        assertTrue(why.contains("Raise DB_POOL_MAX to 26"), why);
    }
}
