package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The user directory, paged. */
@Path("/api/v2/users")
@Produces(MediaType.APPLICATION_JSON)
public interface UsersClient {

    /** {@code state}: active, inactive, deleted or any; null for Genesys's default (active). */
    @GET
    Response users(@QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber,
                   @QueryParam("state") String state);

    /** As {@link #users}, with {@code expand} (such as {@code skills}) asking for more of each user; best-effort. */
    @GET
    Response users(@QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber,
                   @QueryParam("state") String state, @QueryParam("expand") String expand);
}
