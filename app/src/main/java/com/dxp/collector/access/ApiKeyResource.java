package com.dxp.collector.access;

import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.RequestCorrelation;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Read keys for the monitoring platform: an admin issues one for the tenants it may read, sees them listed (never
 * the key), and revokes one. A key is sent as {@code Authorization: Bearer <key>} and reads only
 * {@code /api/tenants/{tenantId}/...} of its tenants.
 */
@Path("admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    RequestCorrelation correlation;

    @Operation(summary = "Issue a read key", description = "A key that reads the tenant read API"
            + " (`/api/tenants/{tenantId}/...`) of the tenants named, sent as `Authorization: Bearer <key>` (admin)."
            + " The answer is the only place the key is shown: the collector keeps its SHA-256 alone.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewApiKey.class), examples = @ExampleObject(name = "one tenant",
                    value = "{\"name\":\"monitoring, production\","
                            + "\"tenantIds\":[\"6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f\"],"
                            + "\"expiresAt\":\"2027-12-31T00:00:00Z\"}")))
    @APIResponse(responseCode = "201", description = "Issued; the body holds the key, shown this once.",
            content = @Content(schema = @Schema(implementation = IssuedApiKey.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "A tenant named does not exist.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response issue(@Valid @NotNull NewApiKey request, @Context SecurityContext caller,
                          @Context UriInfo uriInfo) {
        IssuedApiKey issued = keys.issue(request, caller.getUserPrincipal().getName(), correlation.id());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.view().id().toString()).build())
                .entity(issued).build();
    }

    @Operation(summary = "List read keys", description = "Every read key, newest first, revoked ones included: name,"
            + " first characters, tenants, expiry. Never a key. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The keys.")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public List<ApiKeyView> list() {
        return keys.list();
    }

    @Operation(summary = "Read a read key", description = "One key's description, never the key. Admin or viewer.")
    @APIResponse(responseCode = "200", description = "The key.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public ApiKeyView get(@Parameter(description = "The key's id", schema = @Schema(implementation = UUID.class))
                          @PathParam("id") String id) {
        return keys.get(id(id));
    }

    @Operation(summary = "Revoke a read key", description = "The key stops working at once (admin); it stays listed"
            + " with `revokedAt`. Revoking it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The revoked key.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public ApiKeyView revoke(@Parameter(description = "The key's id", schema = @Schema(implementation = UUID.class))
                             @PathParam("id") String id, @Context SecurityContext caller) {
        return keys.revoke(id(id), caller.getUserPrincipal().getName(), correlation.id());
    }

    private static UUID id(String id) {
        return Ids.parse(id).orElseThrow(() -> ProblemException.notFound("No read key with that id."));
    }
}
