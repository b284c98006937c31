package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Groups and their members, paged. */
@Path("/api/v2/groups")
@Produces(MediaType.APPLICATION_JSON)
public interface GroupsClient {

    @GET
    Response groups(@QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber);

    @GET
    @Path("/{groupId}/members")
    Response members(@PathParam("groupId") String groupId, @QueryParam("pageSize") int pageSize,
                     @QueryParam("pageNumber") int pageNumber);
}
