package com.dxp.collector.genesys;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Conversation detail records: the synchronous query, one by id, and up to 100 by ids. */
@Path("/api/v2/analytics/conversations")
@Produces(MediaType.APPLICATION_JSON)
public interface AnalyticsDetailsClient {

    @POST
    @Path("/details/query")
    @Consumes(MediaType.APPLICATION_JSON)
    Response query(JsonObject conversationQuery);

    @GET
    @Path("/{conversationId}/details")
    Response conversation(@PathParam("conversationId") String conversationId);

    /** {@code ids}: comma-separated conversation ids. */
    @GET
    @Path("/details")
    Response conversations(@QueryParam("id") String ids);
}
