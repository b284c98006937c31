package com.dxp.collector.health;

import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A tenant's health with its reasons and the facts behind them, worked out at the call. */
@Path("admin/tenants/{tenantId}/health")
@Produces(MediaType.APPLICATION_JSON)
public class TenantHealthResource {

    @Inject
    TenantHealthService health;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public TenantHealth health(@PathParam("tenantId") String tenantId) {
        return health.of(TenantRules.tenantId(tenantId));
    }
}
