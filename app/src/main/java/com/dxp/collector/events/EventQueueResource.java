package com.dxp.collector.events;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.ApiDoc;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators' view and control of the event queues: status of each, stop and start. */
@Path("admin/event-queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class EventQueueResource {

    @Inject
    EventPollers pollers;

    @Operation(summary = "List the event queues", description = "Each SQS queue the collector polls: state (`RUNNING`,"
            + " `THROTTLED`, `WAITING_FOR_DATABASE`, `STOPPED`), receivers, messages received, events stored,"
            + " duplicates, quarantined, SQS's waiting and in-flight counts, the last error and loops restarted after"
            + " a fault. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "Every configured queue.")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public List<QueueStatus> list() {
        return pollers.statuses();
    }

    @Operation(summary = "Read an event queue", description = "One queue's poller status. Admin or viewer; changes"
            + " nothing.")
    @APIResponse(responseCode = "200", description = "The queue.")
    @APIResponse(responseCode = "404", description = "No configured queue has that name.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GET
    @Path("{name}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public QueueStatus get(@Parameter(description = ApiDoc.QUEUE_NAME) @PathParam("name") String name) {
        return pollers.status(name);
    }

    /** Stops receiving from the queue after the batches in flight; its messages wait in SQS. */
    @Audited(value = "event-queue.stopped", target = "event-queue")
    @Operation(summary = "Stop receiving from a queue", description = "Stops the queue's receive loops after the"
            + " batches in flight (admin); its messages wait in SQS until it is started again. Not kept over a server"
            + " restart.")
    @APIResponse(responseCode = "200", description = "The queue, stopping or stopped.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No configured queue has that name.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @Path("{name}/stop")
    @RolesAllowed(Roles.ADMIN)
    public QueueStatus stop(@Parameter(description = ApiDoc.QUEUE_NAME) @PathParam("name") String name) {
        return pollers.stop(name);
    }

    @Audited(value = "event-queue.started", target = "event-queue")
    @Operation(summary = "Start receiving from a queue", description = "Starts a stopped queue's receive loops again"
            + " (admin).")
    @APIResponse(responseCode = "200", description = "The queue, running.")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "No configured queue has that name.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @Path("{name}/start")
    @RolesAllowed(Roles.ADMIN)
    public QueueStatus start(@Parameter(description = ApiDoc.QUEUE_NAME) @PathParam("name") String name) {
        return pollers.start(name);
    }
}
