package com.dxp.collector.events;

import com.dxp.collector.platform.audit.Audited;
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

/** Operators' view and control of the event queues: status of each, stop and start. */
@Path("admin/event-queues")
@Produces(MediaType.APPLICATION_JSON)
public class EventQueueResource {

    @Inject
    EventPollers pollers;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public List<QueueStatus> list() {
        return pollers.statuses();
    }

    @GET
    @Path("{name}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public QueueStatus get(@PathParam("name") String name) {
        return pollers.status(name);
    }

    /** Stops receiving from the queue after the batches in flight; its messages wait in SQS. */
    @Audited(value = "event-queue.stopped", target = "event-queue")
    @POST
    @Path("{name}/stop")
    @RolesAllowed(Roles.ADMIN)
    public QueueStatus stop(@PathParam("name") String name) {
        return pollers.stop(name);
    }

    @Audited(value = "event-queue.started", target = "event-queue")
    @POST
    @Path("{name}/start")
    @RolesAllowed(Roles.ADMIN)
    public QueueStatus start(@PathParam("name") String name) {
        return pollers.start(name);
    }
}
