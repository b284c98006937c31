package com.dxp.collector.events;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.Ids;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.rest.QueryParameters;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * Quarantined messages for operators: list (by reason, waiting or replayed), read one with its raw body, replay
 * one or every waiting one (after adding the tenant they lacked, say). Validates and delegates.
 */
@Path("admin/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @Inject
    QuarantineService quarantine;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public QuarantinePage list(@QueryParam("reason") String reason, @QueryParam("waiting") String waiting,
                               @QueryParam("cursor") String cursor,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(QuarantineService.MAX_PAGE)
                               int limit) {
        return quarantine.page(reason(reason), QueryParameters.optionalFlag("waiting", waiting), cursor, limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public QuarantinedMessage get(@PathParam("id") String id) {
        return quarantine.find(id(id));
    }

    @Audited(value = "quarantine.replayed", target = "quarantined-message")
    @POST
    @Path("{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    public ReplayOutcome replay(@PathParam("id") String id) {
        return quarantine.replay(id(id));
    }

    /** Replays up to {@code limit} waiting messages, oldest first. */
    @Audited(value = "quarantine.replayed-waiting", target = "quarantined-message")
    @POST
    @Path("replay")
    @RolesAllowed(Roles.ADMIN)
    public ReplayOutcome replayWaiting(@QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10_000) int limit) {
        return quarantine.replayWaiting(limit);
    }

    private static QuarantineReason reason(String reason) {
        return QueryParameters.enumValue("reason", reason, QuarantineReason.class);
    }

    private static UUID id(String id) {
        return Ids.parse(id).orElseThrow(() -> ProblemException.notFound("No quarantined message " + id + "."));
    }
}
