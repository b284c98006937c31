package com.dxp.collector.platform.audit;

import com.dxp.collector.platform.rest.ApiDoc;
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

/** Reads the audit trail and takes operator notes. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    RequestCorrelation correlation;

    @Operation(summary = "Read the audit trail", description = "Audit entries, newest first, keyset-paged: every"
            + " admin action that succeeded (caller, tenant, target, method, path, status, correlation id; never a"
            + " body), failed logins and operator notes. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of entries.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public AuditPage list(@Parameter(description = "Only entries about this tenant; absent: all.")
                          @QueryParam("tenantId") UUID tenantId,
                          @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                          @Parameter(description = "Entries per page.")
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return audit.page(tenantId, cursor, limit);
    }

    @Operation(summary = "Read an audit entry", description = "One audit entry by its id. Admin or viewer; changes"
            + " nothing.")
    @APIResponse(responseCode = "200", description = "The entry.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public AuditEntryView get(@Parameter(description = "The entry's `id`.") @PathParam("id") long id) {
        return audit.find(id).map(AuditEntryView::of)
                .orElseThrow(() -> ProblemException.notFound("No audit entry " + id + "."));
    }

    @Operation(summary = "Add an operator note", description = "Writes a note into the audit trail (admin), about a"
            + " tenant or not, so manual interventions sit beside the automatic record. Answers 201 with the entry.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OperatorNote.class), examples = @ExampleObject(name = "note",
                    value = "{\"text\":\"Paused the Acme backfill for the Genesys maintenance window.\","
                            + "\"tenantId\":\"6f0e9a52-3c1b-4d7e-8f2a-9b4c5d6e7f80\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` is the entry's URL.",
            headers = @Header(name = "Location", description = "The entry's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = AuditEntryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
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
