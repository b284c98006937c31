package com.dxp.collector.genesys;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST {loginBaseUrl}/oauth/token}, the client-credentials grant. The Basic header is passed per call
 * (never logged); the raw response lets {@link RestTokenEndpoint} tell a refused client from an outage.
 */
@Path("/oauth")
public interface OAuthClient {

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Response token(@HeaderParam("Authorization") String basicAuthorization, Form form);
}
