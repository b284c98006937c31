package com.dxp.collector.directory;

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

/** The read API over a tenant's directory: users and groups (with members), by id. Validates and delegates. */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER})
public class DirectoryResource {

    private static final List<String> USER_STATES = List.of("active", "inactive", "deleted");

    @Inject
    DirectoryReadService directory;

    /** Users; {@code state} as Genesys reports it, {@code removed} whether a sync stopped finding them. */
    @GET
    @Path("users")
    public UserPage users(@PathParam("tenantId") String tenantId, @QueryParam("state") String state,
                          @QueryParam("removed") String removed, @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(DirectoryReadService.MAX_USERS)
                          int limit) {
        return directory.users(TenantRules.tenantId(tenantId), state(state),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    /** Groups with the ids of their current members. */
    @GET
    @Path("groups")
    public GroupPage groups(@PathParam("tenantId") String tenantId, @QueryParam("state") String state,
                            @QueryParam("removed") String removed, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(DirectoryReadService.MAX_GROUPS)
                            int limit) {
        return directory.groups(TenantRules.tenantId(tenantId), state(state),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    private static String state(String state) {
        return QueryParameters.oneOf("state", state, USER_STATES);
    }
}
