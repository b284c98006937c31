package com.dxp.collector.health;

import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The whole service at a glance, for a dashboard: tenants by health, runs, queues, backlog, quarantine. */
@Path("admin/overview")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @Inject
    TenantHealthService health;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public Overview overview() {
        return health.overview();
    }
}
