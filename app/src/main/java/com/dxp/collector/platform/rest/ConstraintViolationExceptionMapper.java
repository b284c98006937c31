package com.dxp.collector.platform.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as 400 problem documents naming each field. Separate from
 * {@link ProblemExceptionMapper} only because the JAX-RS runtime ships its own mapper for this exception
 * type, and a mapper for exactly this type is what overrides it.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ProblemResponses responses;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return responses.toResponse(
                Problems.ofViolations(failure, responses.instance(uriInfo), responses.correlationId()));
    }
}
