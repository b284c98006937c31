package com.dxp.collector.genesys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The org a token belongs to and its published limits. Like every {@code *Client} here it returns the raw
 * response (JSON body, headers) so the gateway can honour rate-limit headers; read it with
 * {@link GenesysResponse#of}.
 */
@Path("/api/v2/organizations")
@Produces(MediaType.APPLICATION_JSON)
public interface OrganizationsClient {

    @GET
    @Path("/me")
    Response me();

    @GET
    @Path("/limits/namespaces/{namespace}")
    Response limits(@PathParam("namespace") String namespace);
}
