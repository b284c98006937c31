package com.dxp.collector.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become RFC 9457 problem documents. Statuses chosen by the framework (404, 405,
 * 403...) keep their status; unreadable JSON is 400; anything else is a 500 whose cause is logged under the
 * correlation id and never shown to the client.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        String instance = responses.instance(uriInfo);
        String correlationId = responses.correlationId();
        if (!(failure instanceof ProblemException) && Problems.problemIn(failure) != null) {
            return responses.toResponse(Problems.ofFailure(failure, instance, correlationId));
        }
        if (failure instanceof NotFoundException notFound) {
            Optional<ProblemDetail> parameter = Problems.ofUnconvertibleParameter(notFound.getMessage(),
                    notFound.getCause(), instance, correlationId);
            if (parameter.isPresent()) {
                return responses.toResponse(parameter.get());
            }
        }
        if (failure instanceof WebApplicationException wae && !Problems.isUnreadableBody(wae)) {
            Response original = wae.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, failure, () -> "request failed [correlationId=" + correlationId + "]");
            }
            Response.StatusType info = original.getStatusInfo();
            Response response = responses.toResponse(Problems.ofStatus(status,
                    info == null ? null : info.getReasonPhrase(), instance, correlationId));
            original.getHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name)) {
                    values.forEach(v -> response.getHeaders().add(name, v));
                }
            });
            return response;
        }
        ProblemDetail problem = Problems.ofFailure(failure, instance, correlationId);
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, failure, () -> "request failed [correlationId=" + correlationId + "]");
        } else {
            LOG.log(Level.FINE, "rejected request body [correlationId={0}]: {1}",
                    new Object[] {correlationId, failure.getClass().getName()});
        }
        return responses.toResponse(problem);
    }
}
