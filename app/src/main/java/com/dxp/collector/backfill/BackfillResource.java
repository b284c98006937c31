package com.dxp.collector.backfill;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.RunPage;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/**
 * Admin control of a tenant's backfills: ask for one (with {@code dryRun} only its estimate), list and read runs
 * with their progress, stop and restart them. A started run answers 202 with the run to poll.
 */
@Path("admin/tenants/{tenantId}/backfills")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BackfillResource {

    @Inject
    BackfillService backfills;

    @Audited(value = "backfill.started", target = "backfill")
    @POST
    public Response start(@PathParam("tenantId") String tenantId, BackfillRequest request,
                          @Context SecurityContext caller) {
        BackfillStart started = backfills.start(TenantRules.tenantId(tenantId), request,
                caller.getUserPrincipal().getName());
        return Response.status(started.run() == null ? 200 : 202).entity(started).build();
    }

    @GET
    public RunPage<BackfillRun> list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return backfills.page(TenantRules.tenantId(tenantId), cursor, limit);
    }

    @GET
    @Path("{runId}")
    public BackfillRun find(@PathParam("tenantId") String tenantId, @PathParam("runId") String runId) {
        return backfills.find(TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "backfill.stopped", target = "backfill")
    @POST
    @Path("{runId}/stop")
    public BackfillRun stop(@PathParam("tenantId") String tenantId, @PathParam("runId") String runId) {
        return backfills.stop(TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "backfill.restarted", target = "backfill")
    @POST
    @Path("{runId}/restart")
    public BackfillRun restart(@PathParam("tenantId") String tenantId, @PathParam("runId") String runId) {
        return backfills.restart(TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }
}
