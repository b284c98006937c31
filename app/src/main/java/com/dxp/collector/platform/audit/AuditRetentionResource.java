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

/** Starts purges of old audit entries (a batch job) and reports their progress. */
@Path("admin/audit/retention-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditRetentionResource {

    @Inject
    AuditRetentionService retention;

    @Audited(value = "audit.retention-started", target = "audit-retention")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response start(@Valid @NotNull RetentionRequest request, @Context SecurityContext caller,
                          @Context UriInfo uriInfo) {
        RetentionRun run = retention.start(request.retentionDays(), caller.getUserPrincipal().getName());
        return Response.accepted(run)
                .location(uriInfo.getAbsolutePathBuilder().path(Long.toString(run.executionId())).build())
                .build();
    }

    @GET
    @Path("{executionId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public RetentionRun get(@PathParam("executionId") long executionId) {
        return retention.find(executionId)
                .orElseThrow(() -> ProblemException.notFound("No audit retention run " + executionId + "."));
    }
}
