package com.dxp.collector.directory;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.RunPage;
import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.rest.QueryParameters;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import com.dxp.collector.tenant.TenantRuns;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin control of a tenant's directory syncs: start (or only estimate), list, read, stop, restart. */
@Path("admin/tenants/{tenantId}/directory-syncs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "directory")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class DirectorySyncResource {

    @Inject
    DirectorySyncService syncs;

    @Inject
    TenantRuns runs;

    @Audited(value = "directory-sync.started", target = "directory-sync")
    @Operation(summary = "Start a directory sync (or estimate one)", description = "Syncs the tenant's users (of every"
            + " state), groups and memberships from Genesys (admin). What a complete sync no longer sees is marked"
            + " removed (`removedAt`), never deleted. With `dryRun=true` only the estimate is returned (200);"
            + " otherwise the run starts (202). One active run per tenant.")
    @APIResponse(responseCode = "200", description = "A dry run: the estimate only (`run` is absent).",
            content = @Content(schema = @Schema(implementation = DirectorySyncStart.class)))
    @APIResponse(responseCode = "202", description = "Started: the estimate and the run to poll.",
            content = @Content(schema = @Schema(implementation = DirectorySyncStart.class)))
    @APIResponse(responseCode = "409", description = "The tenant already has an active sync, or may not run"
            + " (disabled, no active credential, a required permission missing, credentials rejected).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "Genesys did not list the tenant's directory for the estimate.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    public Response start(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                          @PathParam("tenantId") String tenantId,
                          @Parameter(description = "`true`: only the estimate, nothing is started; `false` or"
                                  + " absent: start. Anything else is a 400 (never read as false).",
                                  schema = @Schema(type = SchemaType.BOOLEAN))
                          @QueryParam("dryRun") String dryRun,
                          @Context SecurityContext caller) {
        DirectorySyncStart started = syncs.start(TenantRules.tenantId(tenantId),
                Boolean.TRUE.equals(QueryParameters.optionalFlag("dryRun", dryRun)),
                caller.getUserPrincipal().getName());
        return Response.status(started.run() == null ? 200 : 202).entity(started).build();
    }

    @Operation(summary = "List directory syncs", description = "The tenant's directory sync runs, newest first, with"
            + " their figures. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of runs.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public RunPage<DirectorySyncRun> list(@Parameter(description = ApiDoc.TENANT_ID,
                                                  schema = @Schema(implementation = UUID.class))
                                          @PathParam("tenantId") String tenantId,
            @Parameter(description = "The `nextCursor` of the previous page; absent for the first page.")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Runs per page.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("limit") @DefaultValue("20") int limit) {
        return runs.page(syncs, TenantRules.tenantId(tenantId), cursor, limit);
    }

    @Operation(summary = "Read a directory sync", description = "One sync run: its execution, figures (API calls,"
            + " users, groups, memberships, removed) and estimate. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The run.")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Path("{runId}")
    public DirectorySyncRun find(@Parameter(description = ApiDoc.TENANT_ID,
                                         schema = @Schema(implementation = UUID.class))
                                 @PathParam("tenantId") String tenantId,
                                 @Parameter(description = ApiDoc.RUN_ID,
                                         schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                                 @PathParam("runId") String runId) {
        return runs.find(syncs, TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "directory-sync.stopped", target = "directory-sync")
    @Operation(summary = "Stop a directory sync", description = "Asks a running sync to stop (admin); a stopped sync"
            + " marks nothing removed. Restart it later from its checkpoints.")
    @APIResponse(responseCode = "200", description = "The run, stopping.")
    @APIResponse(responseCode = "409", description = "The run is not running.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("{runId}/stop")
    public DirectorySyncRun stop(@Parameter(description = ApiDoc.TENANT_ID,
                                         schema = @Schema(implementation = UUID.class))
                                 @PathParam("tenantId") String tenantId,
                                 @Parameter(description = ApiDoc.RUN_ID,
                                         schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                                 @PathParam("runId") String runId) {
        return runs.stop(syncs, TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "directory-sync.restarted", target = "directory-sync")
    @Operation(summary = "Restart a directory sync", description = "Restarts a stopped or failed sync from its"
            + " checkpoints (admin).")
    @APIResponse(responseCode = "200", description = "The run, started again.")
    @APIResponse(responseCode = "409", description = "The run has not stopped or failed, another run is active, or"
            + " the tenant may not run.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("{runId}/restart")
    public DirectorySyncRun restart(@Parameter(description = ApiDoc.TENANT_ID,
                                            schema = @Schema(implementation = UUID.class))
                                    @PathParam("tenantId") String tenantId,
                                    @Parameter(description = ApiDoc.RUN_ID,
                                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                                    @PathParam("runId") String runId) {
        return runs.restart(syncs, TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }
}
