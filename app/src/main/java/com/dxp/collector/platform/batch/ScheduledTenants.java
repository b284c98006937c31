package com.dxp.collector.platform.batch;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The tenants daily scheduled runs are for (enabled and verified), as a port the tenant feature implements: the
 * platform schedules runs without knowing what makes a tenant eligible.
 */
public interface ScheduledTenants {

    /** Calls {@code action} with the id of every tenant due scheduled runs, reading them page by page. */
    void forEach(Consumer<UUID> action);
}
