package com.dxp.collector.platform.cluster;

import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The servers sharing the database: which are live, when each was last heard of, and what each runs. */
@Path("admin/servers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ServersResource {

    @Inject
    ServerMembership membership;

    @Operation(summary = "List the servers", description = "Every collector server sharing the database, by id:"
            + " `LIVE`, `STOPPED` (it said so) or `DEAD` (no heartbeat for `CLUSTER_DEAD_AFTER_SECONDS`), its last"
            + " heartbeat in the database's clock, what it was doing then (`activity`: its receive loops, its runs),"
            + " and `self` for the server that answered. Admin or viewer; changes nothing.")
    @APIResponse(responseCode = "200", description = "The servers.")
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public List<CollectorServer> servers() {
        return membership.servers();
    }
}
