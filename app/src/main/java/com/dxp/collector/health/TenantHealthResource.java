package com.dxp.collector.health;

import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's health with its reasons and the facts behind them, worked out at the call. */
@Path("admin/tenants/{tenantId}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class TenantHealthResource {

    @Inject
    TenantHealthService health;

    @Operation(summary = "Read a tenant's health", description = "The tenant's health, worked out now: `status`"
            + " (`OK`, `LATE`, `DEGRADED`, `ERROR`, `PAUSED`), `reasons` worst first (each with the status it implies,"
            + " a message saying what to do, since when and how often) and the `facts` behind them (last events,"
            + " newest conversation, enrichment backlog, Genesys calls of the last hour, latest runs,"
            + " `dataCompleteThrough`, quarantined and refused records). Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The tenant's health.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantHealth health(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                               @PathParam("tenantId") String tenantId) {
        return health.of(TenantRules.tenantId(tenantId));
    }
}
