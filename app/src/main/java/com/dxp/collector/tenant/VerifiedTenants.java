package com.dxp.collector.tenant;

import com.dxp.collector.platform.batch.ScheduledTenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Consumer;

/** Daily scheduled runs are for the enabled tenants whose last verification passed. */
@ApplicationScoped
public class VerifiedTenants implements ScheduledTenants {

    private static final int PAGE = 100;

    @Inject
    TenantService tenants;

    @Override
    public void forEach(Consumer<UUID> action) {
        String cursor = null;
        do {
            TenantPage page = tenants.page(true, TenantState.VERIFIED, cursor, PAGE);
            page.tenants().forEach(t -> action.accept(t.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
    }
}
