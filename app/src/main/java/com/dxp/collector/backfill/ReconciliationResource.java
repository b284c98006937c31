package com.dxp.collector.backfill;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantRules;
import com.dxp.collector.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.UUID;

/**
 * Reconciles days of a tenant on demand (the nightly backfill does it on schedule), for example after Genesys
 * delivered late data: re-fetches what is missing or incomplete and moves the completeness watermark when the days
 * agree. Synchronous and bounded to 31 days, since each day costs at least one API call.
 */
@Path("admin/tenants/{tenantId}/reconciliations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReconciliationResource {

    private static final Duration MAX = Duration.ofDays(31);

    @Inject
    Reconciliation reconciliation;

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    @Audited(value = "reconciliation.run", target = "reconciliation")
    @POST
    public ReconciledDays reconcile(@PathParam("tenantId") String tenantId, ReconciliationRequest request) {
        UUID tenant = TenantRules.tenantId(tenantId);
        tenants.requireTenant(tenant);
        gate.requireRunnable(tenant);
        if (request == null || request.from() == null || request.to() == null || !request.from()
                .isBefore(request.to())) {
            throw ProblemException.badRequest("from and to are required ISO-8601 instants, from before to.");
        }
        if (Duration.between(request.from(), request.to()).compareTo(MAX) > 0) {
            throw ProblemException.badRequest("At most 31 days per reconciliation.");
        }
        try {
            return reconciliation.reconcile(0, tenant, request.from(), request.to());
        } catch (HistoryUnavailableException | HistoryPostponedException | HistoryRefusedException e) {
            throw new ProblemException(503, "Service Unavailable", "Genesys could not be asked: " + e.getMessage());
        }
    }
}
