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

/**
 * The cheapest call behind each optional permission (flows, teams, skills, journey segments and sessions,
 * participant attributes), used only to probe what a tenant granted; later features get their own clients.
 */
@Path("/api/v2")
@Produces(MediaType.APPLICATION_JSON)
public interface PermissionProbeClient {

    @GET
    @Path("/flows")
    Response flows(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/teams")
    Response teams(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/routing/skills")
    Response skills(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/journey/segments")
    Response journeySegments(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/journey/sessions/{sessionId}")
    Response journeySession(@PathParam("sessionId") String sessionId);

    @POST
    @Path("/conversations/participants/attributes/search")
    @Consumes(MediaType.APPLICATION_JSON)
    Response searchParticipantAttributes(JsonObject search);
}
