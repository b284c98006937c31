package com.dxp.collector.events;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.ApiDoc;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Quarantined messages for operators: list (by reason, waiting or replayed), read one with its raw body, replay
 * one or every waiting one (after adding the tenant they lacked, say). Validates and delegates.
 */
@Path("admin/quarantine")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class QuarantineResource {

    @Inject
    QuarantineService quarantine;

    @Operation(summary = "List quarantined messages", description = "Messages the poller could not use, most"
            + " recently seen first, with reason, detail, raw body and times seen. Admin or viewer (a viewer's bodies"
            + " have token hashes and IP addresses hidden); changes nothing.")
    @APIResponse(responseCode = "200", description = "One page of messages.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public QuarantinePage list(@Parameter(description = "Only messages quarantined for this reason; absent: all.",
                                       schema = @Schema(implementation = QuarantineReason.class))
                               @QueryParam("reason") String reason,
                               @Parameter(description = "`true`: only those still waiting for a replay; `false`:"
                                       + " only those replayed; absent: all.",
                                       schema = @Schema(type = SchemaType.BOOLEAN))
                               @QueryParam("waiting") String waiting,
                               @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
                               @Parameter(description = "Messages per page.")
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(QuarantineService.MAX_PAGE)
                               int limit, @Context SecurityContext caller) {
        QuarantinePage page = quarantine.page(reason(reason), QueryParameters.optionalFlag("waiting", waiting), cursor,
                limit);
        return admin(caller) ? page : new QuarantinePage(page.messages().stream()
                .map(QuarantineRedaction::forViewer).toList(), page.nextCursor());
    }

    @Operation(summary = "Read a quarantined message", description = "One quarantined message with its raw body."
            + " Admin or viewer (a viewer's has token hashes and IP addresses hidden); changes nothing.")
    @APIResponse(responseCode = "200", description = "The message.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public QuarantinedMessage get(@Parameter(description = ApiDoc.QUARANTINE_ID,
                                          schema = @Schema(implementation = UUID.class))
                                  @PathParam("id") String id, @Context SecurityContext caller) {
        QuarantinedMessage message = quarantine.find(id(id));
        return admin(caller) ? message : QuarantineRedaction.forViewer(message);
    }

    @Audited(value = "quarantine.replayed", target = "quarantined-message")
    @Operation(summary = "Replay a quarantined message", description = "Runs one message through the poller's path"
            + " again (admin): stored, it is marked replayed; otherwise it keeps its new reason.")
    @APIResponse(responseCode = "200", description = "What the replay came to.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @POST
    @Path("{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    public ReplayOutcome replay(@Parameter(description = ApiDoc.QUARANTINE_ID,
                                        schema = @Schema(implementation = UUID.class))
                                @PathParam("id") String id) {
        return quarantine.replay(id(id));
    }

    /** Replays up to {@code limit} waiting messages, oldest first. */
    @Audited(value = "quarantine.replayed-waiting", target = "quarantined-message")
    @Operation(summary = "Replay waiting quarantined messages", description = "Runs up to `limit` messages still"
            + " waiting, oldest first, through the poller's path again (admin): stored ones are marked replayed, the"
            + " others keep their new reason.")
    @APIResponse(responseCode = "200", description = "What the replays came to.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @Path("replay")
    @RolesAllowed(Roles.ADMIN)
    public ReplayOutcome replayWaiting(@Parameter(description = "Most messages to replay.")
                                       @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10_000) int limit) {
        return quarantine.replayWaiting(limit);
    }

    /** Only an admin reads raw bodies whole; a viewer's have token hashes and IP addresses hidden. */
    private static boolean admin(SecurityContext caller) {
        return caller != null && caller.isUserInRole(Roles.ADMIN);
    }

    private static QuarantineReason reason(String reason) {
        return QueryParameters.enumValue("reason", reason, QuarantineReason.class);
    }

    private static UUID id(String id) {
        return Ids.parse(id).orElseThrow(() -> ProblemException.notFound("No quarantined message " + id + "."));
    }
}
