package com.dxp.collector.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the web container (see {@code web.xml}): errors answered before a request reaches JAX-RS, such
 * as a 401 from HTTP Basic authentication or a 404 for a path no resource serves, get the same
 * {@code application/problem+json} document as every other error, with a correlation id that is in the header and
 * the log. Never the exception's text.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";
    /** The API's JSON-B settings, so a container's problem document is written as every other one. */
    private static final Jsonb JSON = JsonbBuilder.create(JsonbConfigurator.config());

    @Inject
    RequestCorrelation correlation;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Response.Status known = Response.Status.fromStatusCode(status);
        ProblemDetail problem = Problems.ofStatus(status, known == null ? null : known.getReasonPhrase(),
                uri == null ? null : uri.toString(), correlation.id());
        ProblemResponses.logClientError(problem);
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestCorrelation.HEADER, problem.correlationId());
        response.getWriter().write(JSON.toJson(problem));
    }
}
