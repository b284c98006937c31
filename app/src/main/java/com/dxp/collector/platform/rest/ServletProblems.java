package com.dxp.collector.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem document straight onto a servlet response, for answers given before a request reaches JAX-RS:
 * the container's error page and the authentication mechanism. The same JSON, headers and log line as the exception
 * mappers' answers, so a caller cannot tell which layer refused it.
 */
public final class ServletProblems {

    /** The API's JSON-B settings, so a problem written here reads as every other one. */
    private static final Jsonb JSON = JsonbBuilder.create(JsonbConfigurator.config());

    private ServletProblems() {
    }

    /**
     * Sets the status, media type, length and correlation header of {@code problem} and writes it as the body, which
     * a caller may close at once: with its length given, the answer is complete without a chunked ending.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemResponses.logClientError(problem);
        byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestCorrelation.HEADER, problem.correlationId());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
