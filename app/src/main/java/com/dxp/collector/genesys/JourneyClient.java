package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Predictive Engagement: journey segments ({@code journey:segment:view}), by page number, and journey sessions by id
 * ({@code journey:session:view}).
 */
@Path("/api/v2/journey")
@Produces(MediaType.APPLICATION_JSON)
public interface JourneyClient {

    @GET
    @Path("/segments")
    Response segments(@QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber);

    @GET
    @Path("/sessions/{sessionId}")
    Response session(@PathParam("sessionId") String sessionId);
}
