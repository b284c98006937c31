package com.dxp.collector.genesys;

import java.time.Duration;
import java.util.UUID;

/**
 * The part of a tenant's API budget that all servers share: every call takes a grant here after this server's own
 * budget has let it go, so the calls of all servers together stay within the org's limit.
 */
public interface SharedBudget {

    /** For a single process that shares its budget with nobody (tests). */
    SharedBudget NONE = (tenantId, limitPerMinute, timeout) -> Duration.ZERO;

    /**
     * Takes one grant of the tenant's shared budget, waiting at most {@code timeout}; returns how long it waited.
     *
     * @throws GenesysBudgetTimeoutException when no grant came in time, or the grants could not be read
     */
    Duration take(UUID tenantId, int limitPerMinute, Duration timeout);
}
