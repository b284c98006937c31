package com.dxp.collector.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant health's verdicts, for the tenant list and view: a port, implemented by the health feature, which
 * reads every feature and so sits above this package.
 */
public interface TenantHealthLookup {

    /** No verdicts: where the health feature is absent (unit tests). */
    TenantHealthLookup NONE = ids -> Map.of();

    /** Summaries of the given tenants, as recently worked out; a tenant absent from the answer has none yet. */
    Map<UUID, TenantHealthSummary> summaries(Collection<UUID> tenantIds);

    /** The page with each tenant's summary. */
    default TenantPage annotate(TenantPage page) {
        Map<UUID, TenantHealthSummary> s = summaries(page.tenants().stream().map(TenantView::id).toList());
        return new TenantPage(page.tenants().stream().map(t -> t.withHealth(s.get(t.id()))).toList(),
                page.nextCursor());
    }

    /** The view with its summary. */
    default TenantView annotate(TenantView view) {
        return view.withHealth(summaries(List.of(view.id())).get(view.id()));
    }
}
