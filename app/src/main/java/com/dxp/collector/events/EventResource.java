package com.dxp.collector.events;

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

/**
 * The read API over a tenant's user sessions (token events) and operational events, oldest first, optionally
 * within a time window ({@code from} and {@code to} each optional). Validates and delegates.
 */
@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.VIEWER})
public class EventResource {

    /** A window given in full may span at most this; an open one is bounded by paging alone. */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    @Inject
    EventReadService events;

    @GET
    @Path("user-sessions")
    public UserSessionPage userSessions(@PathParam("tenantId") String tenantId, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("userId") String userId,
                                        @QueryParam("cursor") String cursor,
                                        @QueryParam("limit") @DefaultValue("100") @Min(1)
                                        @Max(EventReadService.MAX_PAGE) int limit) {
        return events.userSessions(TenantRules.tenantId(tenantId), TimeWindow.optional(from, to, LONGEST_WINDOW),
                QueryParameters.genesysId("userId", userId), cursor, limit);
    }

    @GET
    @Path("operational-events")
    public OperationalEventPage operationalEvents(@PathParam("tenantId") String tenantId,
                                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                                  @QueryParam("cursor") String cursor,
                                                  @QueryParam("limit") @DefaultValue("100") @Min(1)
                                                  @Max(EventReadService.MAX_PAGE) int limit) {
        return events.operationalEvents(TenantRules.tenantId(tenantId),
                TimeWindow.optional(from, to, LONGEST_WINDOW), cursor, limit);
    }
}
