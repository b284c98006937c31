package com.dxp.collector.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of the audit trail. */
@ApplicationScoped
public class AuditConfig {

    /**
     * The shortest retention a purge may ask for ({@code audit.retention.min-days}): the trail is evidence, so a slip
     * of the finger (or a number that once wrapped to 0) must not be able to delete what was written yesterday.
     */
    @Inject
    @ConfigProperty(name = "audit.retention.min-days")
    int retentionMinDays;

    public int retentionMinDays() {
        return Math.max(0, retentionMinDays);
    }
}
