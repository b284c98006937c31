package com.dxp.collector.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the {@code application/problem+json} response for a problem; shared by the exception mappers. Logs every
 * client error with its correlation id, so the id a caller quotes leads to the line (server errors are logged with
 * their stack by the mapper).
 */
@ApplicationScoped
class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

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
        logClientError(problem);
        return Response.status(problem.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** One line per 4xx: status, path and detail, made printable (a path or detail may echo what a caller sent). */
    static void logClientError(ProblemDetail problem) {
        if (problem.status() >= 400 && problem.status() < 500) {
            LOG.log(Level.INFO, "api: {0} {1} at {2}: {3} [correlationId={4}]", new Object[] {problem.status(),
                    problem.title(), Problems.printable(problem.instance(), 300),
                    Problems.printable(problem.detail(), 300),
                    problem.correlationId()});
        }
    }

}
