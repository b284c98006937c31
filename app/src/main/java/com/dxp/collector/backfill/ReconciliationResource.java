package com.dxp.collector.backfill;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.ProblemDetail;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reconciles days of a tenant on demand (the nightly backfill does it on schedule), for example after Genesys
 * delivered late data: re-fetches what is missing or incomplete and moves the completeness watermark when the days
 * agree. Synchronous and bounded to 31 days, since each day costs at least one API call.
 */
@Path("admin/tenants/{tenantId}/reconciliations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "backfill")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ReconciliationResource {

    private static final Duration MAX = Duration.ofDays(31);

    @Inject
    Reconciliation reconciliation;

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    @Audited(value = "reconciliation.run", target = "reconciliation")
    @Operation(summary = "Reconcile days now", description = "Reconciles the whole ended UTC days of `[from, to)`"
            + " (admin; at most 31 days): each day's count is compared with Genesys, missing days are read again,"
            + " incomplete records fetched again, and the completeness watermark (`dataCompleteThrough`) moves over"
            + " the days proved complete. Runs in the request.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReconciliationRequest.class), examples = @ExampleObject(name = "a week",
                    value = "{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-08T00:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "The days reconciled and what was done for each.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The tenant may not run (disabled, no active credential, a"
            + " required permission missing, credentials rejected).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "Genesys could not be asked.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    public ReconciledDays reconcile(@Parameter(description = ApiDoc.TENANT_ID,
                                            schema = @Schema(implementation = UUID.class))
                                    @PathParam("tenantId") String tenantId, ReconciliationRequest request) {
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
