package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Work teams and their members ({@code groups:team:view}). Both listings page by cursor: a page's {@code nextUri}
 * carries the {@code after} of the next, and the last page has none.
 */
@Path("/api/v2/teams")
@Produces(MediaType.APPLICATION_JSON)
public interface TeamsClient {

    /** {@code after}: null for the first page; {@code expand=entities.division} names each team's division. */
    @GET
    Response teams(@QueryParam("pageSize") int pageSize, @QueryParam("after") String after,
                   @QueryParam("expand") String expand);

    @GET
    @Path("/{teamId}/members")
    Response members(@PathParam("teamId") String teamId, @QueryParam("pageSize") int pageSize,
                     @QueryParam("after") String after);
}
