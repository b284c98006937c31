package com.dxp.collector.genesys;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Async conversation detail jobs for bulk history: submit, poll, page results by cursor, cancel. */
@Path("/api/v2/analytics/conversations/details/jobs")
@Produces(MediaType.APPLICATION_JSON)
public interface AnalyticsJobsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response submit(JsonObject asyncConversationQuery);

    @GET
    @Path("/{jobId}")
    Response status(@PathParam("jobId") String jobId);

    /** {@code cursor} null for the first page. */
    @GET
    @Path("/{jobId}/results")
    Response results(@PathParam("jobId") String jobId, @QueryParam("cursor") String cursor,
                     @QueryParam("pageSize") Integer pageSize);

    @GET
    @Path("/availability")
    Response availability();

    @DELETE
    @Path("/{jobId}")
    Response delete(@PathParam("jobId") String jobId);
}
