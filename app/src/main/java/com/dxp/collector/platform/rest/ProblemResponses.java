package com.dxp.collector.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the {@code application/problem+json} response for a problem; shared by the exception mappers. */
@ApplicationScoped
class ProblemResponses {

    @Inject
    RequestCorrelation correlation;

    /** The request path, which is what the problem is about (RFC 9457 {@code instance}). */
    String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }

    String correlationId() {
        return correlation.id();
    }

    Response toResponse(ProblemDetail problem) {
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
