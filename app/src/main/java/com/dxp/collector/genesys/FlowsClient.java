package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Architect flows of every type ({@code architect:flow:view}), by page number, sorted by id for stable pages. */
@Path("/api/v2/flows")
@Produces(MediaType.APPLICATION_JSON)
public interface FlowsClient {

    @GET
    Response flows(@QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber,
                   @QueryParam("sortBy") String sortBy, @QueryParam("sortOrder") String sortOrder);
}
