package com.dxp.collector.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The error page of the web container (see {@code web.xml}): errors answered before a request reaches JAX-RS, such
 * as a 401 from HTTP Basic authentication or a 404 for a path no resource serves, get the same
 * {@code application/problem+json} document as every other error, with a correlation id that is in the header and
 * the log. Never the exception's text.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";
    @Inject
    RequestCorrelation correlation;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            // the answer is out already (a refused login's, see BasicAuthentication): a second body would corrupt it
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Response.Status known = Response.Status.fromStatusCode(status);
        ProblemDetail problem = Problems.ofStatus(status, known == null ? null : known.getReasonPhrase(),
                uri == null ? null : uri.toString(), correlation.id());
        ServletProblems.write(response, problem);
    }
}
