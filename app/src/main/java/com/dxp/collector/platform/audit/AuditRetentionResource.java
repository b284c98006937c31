package com.dxp.collector.platform.audit;

import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Starts purges of old audit entries (a batch job) and reports their progress. */
@Path("admin/audit/retention-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class AuditRetentionResource {

    @Inject
    AuditRetentionService retention;

    @Audited(value = "audit.retention-started", target = "audit-retention")
    @Operation(summary = "Purge old audit entries", description = "Starts the `audit-retention` batch job (admin),"
            + " which deletes the entries older than `retentionDays` in chunks and records the purge in the trail."
            + " Answers 202 with the run to poll.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetentionRequest.class),
            examples = @ExampleObject(name = "one year", value = "{\"retentionDays\":365}")))
    @APIResponse(responseCode = "202", description = "Started; `Location` is the run's URL.",
            headers = @Header(name = "Location", description = "The run's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = RetentionRun.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response start(@Valid @NotNull RetentionRequest request, @Context SecurityContext caller,
                          @Context UriInfo uriInfo) {
        RetentionRun run = retention.start(request.retentionDays(), caller.getUserPrincipal().getName());
        return Response.accepted(run)
                .location(uriInfo.getAbsolutePathBuilder().path(Long.toString(run.executionId())).build())
                .build();
    }

    @Operation(summary = "Read an audit retention run", description = "A retention run's status, times and the"
            + " number of entries it deleted. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The run.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{executionId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public RetentionRun get(@Parameter(description = "The run's `executionId`.")
                            @PathParam("executionId") long executionId) {
        return retention.find(executionId)
                .orElseThrow(() -> ProblemException.notFound("No audit retention run " + executionId + "."));
    }
}
