package com.dxp.collector.events;

import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.QueryParameters;
import com.dxp.collector.platform.rest.TimeWindow;
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
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The read API over a tenant's user sessions (token events) and operational events, oldest first, optionally
 * within a time window ({@code from} and {@code to} each optional). Validates and delegates.
 */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.READER})
@Tag(name = "events")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "404", ref = "NotFound")
public class EventResource {

    /** A window given in full may span at most this; an open one is bounded by paging alone. */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    @Inject
    EventReadService events;

    @Operation(summary = "List user sessions", description = "Tokens issued to the tenant's users (user, IP address,"
            + " OAuth client, session, issued, expires), oldest first, from the `v2.users.{id}.tokens` events. Both"
            + " bounds are optional; a window given in full may span at most 366 days. Admin or viewer; changes"
            + " nothing.")
    @APIResponse(responseCode = "200", description = "One page of sessions.")
    @GET
    @Path("user-sessions")
    public UserSessionPage userSessions(@Parameter(description = ApiDoc.TENANT_ID,
                                                schema = @Schema(implementation = UUID.class))
                                        @PathParam("tenantId") String tenantId,
                                        @Parameter(description = ApiDoc.FROM + " Absent: from the first.",
                                                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                        @QueryParam("from") String from,
                                        @Parameter(description = ApiDoc.TO + " Absent: up to the last.",
                                                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                                        @QueryParam("to") String to,
                                        @Parameter(description = "Only this Genesys user's sessions (a UUID).",
                                                schema = @Schema(implementation = UUID.class))
                                        @QueryParam("userId") String userId,
                                        @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                                        @Parameter(description = "Sessions per page.")
                                        @QueryParam("limit") @DefaultValue("100") @Min(1)
                                        @Max(EventReadService.MAX_PAGE) int limit) {
        return events.userSessions(TenantRules.tenantId(tenantId), TimeWindow.optional(from, to, LONGEST_WINDOW),
                QueryParameters.genesysId("userId", userId), cursor, limit);
    }

    @Operation(summary = "List operational events", description = "Genesys Cloud's operational notifications for"
            + " the tenant (`v2.operations.events.{id}`), oldest first. Both bounds are optional; a window given in"
            + " full may span at most 366 days. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of events.")
    @GET
    @Path("operational-events")
    public OperationalEventPage operationalEvents(@Parameter(description = ApiDoc.TENANT_ID,
                                                          schema = @Schema(implementation = UUID.class))
                                                  @PathParam("tenantId") String tenantId,
                                                  @Parameter(description = ApiDoc.FROM + " Absent: from the first.",
                                                          schema = @Schema(type = SchemaType.STRING,
                                                                  format = "date-time"))
                                                  @QueryParam("from") String from,
                                                  @Parameter(description = ApiDoc.TO + " Absent: up to the last.",
                                                          schema = @Schema(type = SchemaType.STRING,
                                                                  format = "date-time"))
                                                  @QueryParam("to") String to,
                                                  @Parameter(description = ApiDoc.CURSOR)
                                                  @QueryParam("cursor") String cursor,
                                                  @Parameter(description = "Events per page.")
                                                  @QueryParam("limit") @DefaultValue("100") @Min(1)
                                                  @Max(EventReadService.MAX_PAGE) int limit) {
        return events.operationalEvents(TenantRules.tenantId(tenantId),
                TimeWindow.optional(from, to, LONGEST_WINDOW), cursor, limit);
    }
}
