package com.dxp.collector.health;

import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole service at a glance, for a dashboard: tenants by health, runs, queues, backlog, quarantine; and every
 * tenant's health in one call for the console's tenant list.
 */
@Path("admin/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class OverviewResource {

    @Inject
    TenantHealthService health;

    @Operation(summary = "The service at a glance", description = "Tenants by health status, those needing attention"
            + " (worst first, with reason codes), the latest runs by state, the queues, the enrichment backlog and the"
            + " quarantine (and how much of it names no tenant). Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The overview.")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public Overview overview() {
        return health.overview();
    }

    @Operation(summary = "Every tenant's health", description = "Every tenant's health with its reasons and facts"
            + " (as `GET /api/admin/tenants/{tenantId}/health` gives one), by name, optionally only those of one"
            + " status; worked out for all tenants at once at most `HEALTH_TENANT_CACHE_SECONDS` ago. Admin or"
            + " viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The tenants' health.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @Path("tenants")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantHealths tenants(@Parameter(description = "Only tenants of this status (`OK`, `LATE`, `DEGRADED`,"
            + " `ERROR`, `PAUSED`)", schema = @Schema(implementation = HealthStatus.class))
                                 @QueryParam("status") String status) {
        return health.tenants(status == null ? null : HealthStatus.parse(status));
    }
}
