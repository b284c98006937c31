package com.dxp.collector.platform.audit;

import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.RequestCorrelation;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Reads the audit trail and takes operator notes. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    RequestCorrelation correlation;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public AuditPage list(@QueryParam("tenantId") UUID tenantId,
                          @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return audit.page(tenantId, cursor, limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public AuditEntryView get(@PathParam("id") long id) {
        return audit.find(id).map(AuditEntryView::of)
                .orElseThrow(() -> ProblemException.notFound("No audit entry " + id + "."));
    }

    @POST
    @Path("notes")
    @RolesAllowed(Roles.ADMIN)
    public Response addNote(@Valid @NotNull OperatorNote note, @Context SecurityContext caller,
                            @Context UriInfo uriInfo) {
        AuditEntry entry = audit.record(new AuditEvent(caller.getUserPrincipal().getName(), "note.added",
                null, null, note.tenantId(), note.text(), correlation.id()));
        return Response.created(uriInfo.getBaseUriBuilder().path(AuditResource.class).path("{id}")
                        .build(entry.getId()))
                .entity(AuditEntryView.of(entry))
                .build();
    }
}
