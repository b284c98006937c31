package com.dxp.collector.directory;

import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.QueryParameters;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.TenantRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API over a tenant's directory: users and groups (with members), by id. Validates and delegates. */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.READER})
@Tag(name = "directory")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
public class DirectoryResource {

    private static final List<String> USER_STATES = List.of("active", "inactive", "deleted");

    @Inject
    DirectoryReadService directory;

    /** Users; {@code state} as Genesys reports it, {@code removed} whether a sync stopped finding them. */
    @Operation(summary = "List users", description = "The tenant's Genesys users as the last directory syncs stored"
            + " them, by id. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of users.")
    @GET
    @Path("users")
    public UserPage users(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                          @PathParam("tenantId") String tenantId,
                          @Parameter(description = "Only users in this state, as Genesys reports it.",
                                  schema = @Schema(type = SchemaType.STRING,
                                          enumeration = {"active", "inactive", "deleted"}))
                          @QueryParam("state") String state,
                          @Parameter(description = "`true`: only users a complete sync no longer found; `false`:"
                                  + " only those still there; absent: all.",
                                  schema = @Schema(type = SchemaType.BOOLEAN))
                          @QueryParam("removed") String removed,
                          @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                          @Parameter(description = "Users per page.")
                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(DirectoryReadService.MAX_USERS)
                          int limit) {
        return directory.users(TenantRules.tenantId(tenantId), state(state),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    /** Groups with the ids of their current members. */
    @Operation(summary = "List groups", description = "The tenant's Genesys groups with their members' user ids, by"
            + " id. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of groups.")
    @GET
    @Path("groups")
    public GroupPage groups(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                            @PathParam("tenantId") String tenantId,
                            @Parameter(description = "Only groups in this state, as Genesys reports it.",
                                    schema = @Schema(type = SchemaType.STRING,
                                            enumeration = {"active", "inactive", "deleted"}))
                            @QueryParam("state") String state,
                            @Parameter(description = "`true`: only groups a complete sync no longer found; `false`:"
                                    + " only those still there; absent: all.",
                                    schema = @Schema(type = SchemaType.BOOLEAN))
                            @QueryParam("removed") String removed,
                            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                            @Parameter(description = "Groups per page.")
                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(DirectoryReadService.MAX_GROUPS)
                            int limit) {
        return directory.groups(TenantRules.tenantId(tenantId), state(state),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    private static String state(String state) {
        return QueryParameters.oneOf("state", state, USER_STATES);
    }
}
