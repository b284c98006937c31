package com.dxp.collector.platform.batch;

import com.dxp.collector.tenant.TenantPage;
import com.dxp.collector.tenant.TenantService;
import com.dxp.collector.tenant.TenantState;
import com.dxp.collector.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Walks the tenants a schedule serves (enabled and verified) and hands each to a scheduled job's starter; a
 * failure for one tenant is logged and does not keep the others from their run.
 */
@ApplicationScoped
public class ScheduledTenants {

    private static final Logger LOG = Logger.getLogger(ScheduledTenants.class.getName());

    @Inject
    TenantService tenants;

    public void forEach(String what, Consumer<UUID> start) {
        String cursor = null;
        do {
            TenantPage page = tenants.page(true, TenantState.VERIFIED, cursor, 100);
            for (TenantView t : page.tenants()) {
                try {
                    start.accept(t.id());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "schedule: tenant {0}: {1} not started: {2}",
                            new Object[] {t.id(), what, e.getMessage()});
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
    }
}
