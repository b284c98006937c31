package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The org's routing skills ({@code routing:skill:view}), by page number. */
@Path("/api/v2/routing/skills")
@Produces(MediaType.APPLICATION_JSON)
public interface RoutingSkillsClient {

    @GET
    Response skills(@QueryParam("pageSize") int pageSize, @QueryParam("pageNumber") int pageNumber);
}
