package com.dxp.collector.directory;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.RunPage;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Admin control of a tenant's directory syncs: start (or only estimate), list, read, stop, restart. */
@Path("admin/tenants/{tenantId}/directory-syncs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DirectorySyncResource {

    @Inject
    DirectorySyncService syncs;

    @Audited(value = "directory-sync.started", target = "directory-sync")
    @POST
    public Response start(@PathParam("tenantId") String tenantId, @QueryParam("dryRun") boolean dryRun,
                          @Context SecurityContext caller) {
        DirectorySyncStart started = syncs.start(TenantRules.tenantId(tenantId), dryRun,
                caller.getUserPrincipal().getName());
        return Response.status(started.run() == null ? 200 : 202).entity(started).build();
    }

    @GET
    public RunPage<DirectorySyncRun> list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return syncs.page(TenantRules.tenantId(tenantId), cursor, limit);
    }

    @GET
    @Path("{runId}")
    public DirectorySyncRun find(@PathParam("tenantId") String tenantId, @PathParam("runId") String runId) {
        return syncs.find(TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "directory-sync.stopped", target = "directory-sync")
    @POST
    @Path("{runId}/stop")
    public DirectorySyncRun stop(@PathParam("tenantId") String tenantId, @PathParam("runId") String runId) {
        return syncs.stop(TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "directory-sync.restarted", target = "directory-sync")
    @POST
    @Path("{runId}/restart")
    public DirectorySyncRun restart(@PathParam("tenantId") String tenantId, @PathParam("runId") String runId) {
        return syncs.restart(TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }
}
