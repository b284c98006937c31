package com.dxp.collector.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Sends {@code Location} as a path, never as an absolute URL: JAX-RS builds absolute URLs from the request's
 * {@code Host} header, which any caller sets, so an absolute one would send a client wherever a forged header said.
 * A path is resolved by the client against the URL it called (RFC 9110 allows a relative reference).
 */
@Provider
public class RelativeLocationFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst("Location");
        if (location != null) {
            response.getHeaders().putSingle("Location", pathOf(location.toString()));
        }
    }

    /** The path and query of a URL; a path stays as it is. */
    static String pathOf(String location) {
        URI uri = URI.create(location);
        if (uri.getRawAuthority() == null) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
