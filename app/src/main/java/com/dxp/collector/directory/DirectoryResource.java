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

/**
 * The read API over a tenant's directory: users, groups and work teams (with members), routing skills, Architect
 * flows and journey segments, by id. Validates and delegates.
 */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.READER})
@Tag(name = "directory")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
public class DirectoryResource {

    private static final List<String> USER_STATES = List.of("active", "inactive", "deleted");
    private static final String REMOVED = "`true`: only those a complete sync no longer found; `false`: only those"
            + " still there; absent: all.";

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

    /** Work teams with the ids of their current members ({@code groups:team:view}). */
    @Operation(summary = "List work teams", description = "The tenant's Genesys work teams with their members' user"
            + " ids, by id, as the last directory syncs stored them; synced only while the tenant grants"
            + " `groups:team:view`. Admin, viewer or read key; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of teams.")
    @GET
    @Path("teams")
    public TeamPage teams(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                          @PathParam("tenantId") String tenantId,
                          @Parameter(description = REMOVED, schema = @Schema(type = SchemaType.BOOLEAN))
                          @QueryParam("removed") String removed,
                          @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                          @Parameter(description = "Teams per page.")
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(DirectoryReadService.MAX_GROUPS)
                          int limit) {
        return directory.teams(TenantRules.tenantId(tenantId), QueryParameters.optionalFlag("removed", removed),
                cursor, limit);
    }

    /** Routing skills ({@code routing:skill:view}). */
    @Operation(summary = "List routing skills", description = "The tenant's Genesys routing skills, by id; synced only"
            + " while the tenant grants `routing:skill:view`. Admin, viewer or read key; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of skills.")
    @GET
    @Path("skills")
    public SkillPage skills(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                            @PathParam("tenantId") String tenantId,
                            @Parameter(description = "Only skills in this state, as Genesys reports it.",
                                    schema = @Schema(type = SchemaType.STRING,
                                            enumeration = {"active", "inactive", "deleted"}))
                            @QueryParam("state") String state,
                            @Parameter(description = REMOVED, schema = @Schema(type = SchemaType.BOOLEAN))
                            @QueryParam("removed") String removed,
                            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                            @Parameter(description = "Skills per page.")
                            @QueryParam("limit") @DefaultValue("100") @Min(1)
                            @Max(DirectoryReadService.MAX_ENTITIES) int limit) {
        return directory.skills(TenantRules.tenantId(tenantId), state(state),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    /** Architect flows ({@code architect:flow:view}). */
    @Operation(summary = "List Architect flows", description = "The tenant's Genesys Architect flows with type,"
            + " division and published version, by id; synced only while the tenant grants `architect:flow:view`."
            + " Admin, viewer or read key; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of flows.")
    @GET
    @Path("flows")
    public FlowPage flows(@Parameter(description = ApiDoc.TENANT_ID, schema = @Schema(implementation = UUID.class))
                          @PathParam("tenantId") String tenantId,
                          @Parameter(description = "Only flows of this type, as Genesys names it (such as"
                                  + " `INBOUNDCALL`; any case).")
                          @QueryParam("type") String type,
                          @Parameter(description = REMOVED, schema = @Schema(type = SchemaType.BOOLEAN))
                          @QueryParam("removed") String removed,
                          @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                          @Parameter(description = "Flows per page.")
                          @QueryParam("limit") @DefaultValue("100") @Min(1)
                          @Max(DirectoryReadService.MAX_ENTITIES) int limit) {
        return directory.flows(TenantRules.tenantId(tenantId), QueryParameters.upperCode("type", type, 64),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    /** Journey segments ({@code journey:segment:view}). */
    @Operation(summary = "List journey segments", description = "The tenant's Genesys Predictive Engagement journey"
            + " segments, by id; synced only while the tenant grants `journey:segment:view`. Admin, viewer or read"
            + " key; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of journey segments.")
    @GET
    @Path("journey-segments")
    public JourneySegmentPage journeySegments(@Parameter(description = ApiDoc.TENANT_ID,
                                                      schema = @Schema(implementation = UUID.class))
                                              @PathParam("tenantId") String tenantId,
                                              @Parameter(description = REMOVED,
                                                      schema = @Schema(type = SchemaType.BOOLEAN))
                                              @QueryParam("removed") String removed,
                                              @Parameter(description = ApiDoc.CURSOR)
                                              @QueryParam("cursor") String cursor,
                                              @Parameter(description = "Journey segments per page.")
                                              @QueryParam("limit") @DefaultValue("100") @Min(1)
                                              @Max(DirectoryReadService.MAX_ENTITIES) int limit) {
        return directory.journeySegments(TenantRules.tenantId(tenantId),
                QueryParameters.optionalFlag("removed", removed), cursor, limit);
    }

    private static String state(String state) {
        return QueryParameters.oneOf("state", state, USER_STATES);
    }
}
