package com.dxp.collector.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error this API returns.
 *
 * @param type          a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title         short, fixed summary of the kind of problem
 * @param status        the HTTP status code
 * @param detail        what went wrong with this request, safe to show (never a secret or a stack trace)
 * @param instance      the request path the problem belongs to
 * @param correlationId the id to find this request in the server's log
 * @param errors        the offending fields of a request that failed validation; absent otherwise
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
@Schema(description = "An RFC 9457 problem document, the body of every error this API returns.")
public record ProblemDetail(
        @Schema(description = "A URI naming the kind of problem; `about:blank` when the status says it all",
                example = "about:blank")
        String type,
        @Schema(description = "Short, fixed summary of the kind of problem", example = "Bad Request") String title,
        @Schema(description = "The HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong with this request, safe to show (never a secret or a stack trace)",
                example = "limit must be between 1 and 100.")
        String detail,
        @Schema(description = "The request path the problem belongs to",
                example = "/api/admin/tenants/6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10/backfills") String instance,
        @Schema(description = "The id to find this request in the server's log",
                example = "0b8e4d2c-6a1f-4e3b-9c5d-7f2a1b3c4d5e") String correlationId,
        @Schema(description = "The offending fields of a request that failed validation; absent otherwise")
        List<FieldError> errors) {

    /** Media type of problem documents (RFC 9457 section 3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid input.
     *
     * @param field   where it was: a parameter or body property path such as {@code body.name}
     * @param message why it was rejected
     */
    @Schema(description = "One invalid input.")
    public record FieldError(
            @Schema(description = "Where it was: a parameter or body property path such as `body.name`",
                    example = "body.name") String field,
            @Schema(description = "Why it was rejected", example = "must not be blank") String message) {
    }
}
