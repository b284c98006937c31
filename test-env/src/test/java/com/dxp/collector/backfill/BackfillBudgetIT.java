package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.genesys.simulator.api.RequestLog;
import com.dxp.collector.genesys.simulator.api.SimulatorControl;
import com.dxp.collector.platform.FaultFigures;
import com.dxp.collector.platform.VerifiedTenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A backfill through 429 storms and 5xx keeps to the org's request budget. The org's limit is cut to
 * {@value #BUDGET} requests a minute before the tenant is verified (which adopts it from the limits API), so the
 * run needs more than a minute's budget; the simulator refuses, and counts, every request beyond the budget, and
 * must count none. A class of its own: the cut limit must be in force before the tenant's first call. Runs on
 * PostgreSQL only (three minutes; the budget's database side is unit-tested on both databases).
 */
@MicroShedTest
class BackfillBudgetIT {

    private static final int BUDGET = 25;
    private static final String CLIENT = SimulatorForIts.STORMED;
    private static final String QUERY_PATH = "/api/v2/analytics/conversations/details/query";

    static String tenant;

    @BeforeAll
    static void tenantWithASmallBudget() throws Exception {
        // three minutes at a budget of 25 a minute: once per CI run is enough, on the production database
        assumeTrue("postgres".equals(System.getProperty("it.db.kind")), "the PostgreSQL run covers it");
        SimulatorForIts.start().control().limitRequests(CLIENT, BUDGET);
        tenant = VerifiedTenant.create("Budget", CLIENT);
    }

    @AfterAll
    static void purge() throws Exception {
        SimulatorForIts.start().control().unlimitRequests(CLIENT);
        if (tenant != null) {
            VerifiedTenant.purge(tenant);
        }
    }

    @Test
    void shouldCompleteExactlyThroughRateLimitStormsAndServerErrorsWithoutExceedingTheBudget() throws Exception {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant from = today.minus(Duration.ofDays(60));
        Instant to = today.minus(Duration.ofDays(56));
        SimulatorControl control = SimulatorForIts.start().control();
        long before = calls(control.requests());
        long refusedBefore = control.requests().overBudget(CLIENT);
        control.inject(Fault.rateLimitStorm(1).on("POST", QUERY_PATH).withProbability(0.2),
                Fault.serverError(503).on("POST", QUERY_PATH).withProbability(0.1));
        try {
            BackfillRuns.completed(tenant, BackfillRuns.start(tenant, from, to, "query"), Duration.ofMinutes(6));
        } finally {
            control.clearFaults();
        }

        assertEquals(BackfillRuns.catalog(from, to).size(), BackfillRuns.stored(tenant, from, to));
        long calls = calls(control.requests()) - before;
        assertTrue(calls > BUDGET, calls + " calls: the run fitted in one minute's budget and tested nothing");
        long beyond = control.requests().overBudget(CLIENT) - refusedBefore;
        assertEquals(0, beyond, "requests beyond the budget of " + BUDGET);
        FaultFigures.print("BackfillBudgetIT.shouldCompleteExactlyThroughRateLimitStormsAndServerErrorsWithoutExceedingTheBudget",
                BackfillRuns.stored(tenant, from, to) + " of " + BackfillRuns.catalog(from, to).size()
                        + " conversations stored in " + calls + " calls, " + beyond + " beyond the budget of "
                        + BUDGET + " a minute");
    }

    private static long calls(RequestLog log) {
        return log.snapshot().byClientEndpoint().getOrDefault(CLIENT, Map.of()).values().stream()
                .mapToLong(Long::longValue).sum();
    }
}
