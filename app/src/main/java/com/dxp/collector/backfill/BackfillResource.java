package com.dxp.collector.backfill;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.RunPage;
import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import com.dxp.collector.tenant.TenantRuns;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admin control of a tenant's backfills: ask for one (with {@code dryRun} only its estimate), list and read runs
 * with their progress, stop and restart them. A started run answers 202 with the run to poll.
 */
@Path("admin/tenants/{tenantId}/backfills")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "backfill")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class BackfillResource {

    @Inject
    BackfillService backfills;

    @Inject
    TenantRuns runs;

    @Audited(value = "backfill.started", target = "backfill")
    @Operation(summary = "Start a backfill (or estimate one)", description = "Loads the conversations that started in"
            + " `[from, to)` (admin). The request is checked first (a bad period, a future `to`, a `from` more than"
            + " `BACKFILL_MAX_DAYS` back or a query window over 7 days are 400s) and estimated (windows, daily volume"
            + " from the store or one probe query, API calls, minutes at the tenant's budget). With `dryRun` only the"
            + " estimate is returned (200); otherwise the run starts (202). One active run per tenant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BackfillRequest.class), examples = {
                @ExampleObject(name = "estimate a day", value = "{\"from\":\"2026-11-01T00:00:00Z\","
                        + "\"to\":\"2026-11-02T00:00:00Z\",\"strategy\":\"auto\",\"dryRun\":true}"),
                @ExampleObject(name = "a week with jobs", value = "{\"from\":\"2026-11-01T00:00:00Z\","
                        + "\"to\":\"2026-11-08T00:00:00Z\",\"strategy\":\"jobs\",\"jobWindowSize\":\"P7D\","
                        + "\"dryRun\":false}")}))
    @APIResponse(responseCode = "200", description = "A dry run: the estimate only (`run` is absent).",
            content = @Content(schema = @Schema(implementation = BackfillStart.class)))
    @APIResponse(responseCode = "202", description = "Started: the estimate and the run to poll.",
            content = @Content(schema = @Schema(implementation = BackfillStart.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "The tenant already has an active backfill, or may not run"
            + " (disabled, no active credential, a required permission missing, credentials rejected).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "503", description = "Genesys did not give the tenant's data availability date.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    public Response start(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                          @PathParam("tenantId") String tenantId,
                          BackfillRequest request,
                          @Context SecurityContext caller) {
        BackfillStart started = backfills.start(TenantRules.tenantId(tenantId), request,
                caller.getUserPrincipal().getName());
        return Response.status(started.run() == null ? 200 : 202).entity(started).build();
    }

    @Operation(summary = "List backfill runs", description = "The tenant's backfill runs, newest first, with their"
            + " progress. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of runs.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public RunPage<BackfillRun> list(@Parameter(description = ApiDoc.TENANT_ID,
                                             schema = @Schema(implementation = UUID.class))
                                     @PathParam("tenantId") String tenantId,
            @Parameter(description = "The `nextCursor` of the previous page; absent for the first page.")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Runs per page.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("limit") @DefaultValue("20") int limit) {
        return runs.page(backfills, TenantRules.tenantId(tenantId), cursor, limit);
    }

    @Operation(summary = "Read a backfill run", description = "One run: status, exit status, executions, windows"
            + " done of total, conversations stored (new, replaced), skipped records with reasons, API calls,"
            + " conversations/s, ETA and its estimate. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The run.")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Path("{runId}")
    public BackfillRun find(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                            @PathParam("tenantId") String tenantId,
                            @Parameter(description = ApiDoc.RUN_ID,
                                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                            @PathParam("runId") String runId) {
        return runs.find(backfills, TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "backfill.stopped", target = "backfill")
    @Operation(summary = "Stop a backfill run", description = "Asks a running backfill to stop (admin): windows in"
            + " flight stop at their next page; what is stored stays. Restart it later from its checkpoints.")
    @APIResponse(responseCode = "200", description = "The run, stopping.")
    @APIResponse(responseCode = "409", description = "The run is not running.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("{runId}/stop")
    public BackfillRun stop(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                            @PathParam("tenantId") String tenantId,
                            @Parameter(description = ApiDoc.RUN_ID,
                                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                            @PathParam("runId") String runId) {
        return runs.stop(backfills, TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }

    @Audited(value = "backfill.restarted", target = "backfill")
    @Operation(summary = "Restart a backfill run", description = "Restarts a stopped or failed backfill from its"
            + " checkpoints, with its original parameters (admin).")
    @APIResponse(responseCode = "200", description = "The run, started again.")
    @APIResponse(responseCode = "409", description = "The run has not stopped or failed, another run is active, or"
            + " the tenant may not run.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("{runId}/restart")
    public BackfillRun restart(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                               @PathParam("tenantId") String tenantId,
                               @Parameter(description = ApiDoc.RUN_ID,
                                       schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                               @PathParam("runId") String runId) {
        return runs.restart(backfills, TenantRules.tenantId(tenantId), BatchRuns.runId(runId));
    }
}
