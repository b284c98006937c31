package com.dxp.collector.tenant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 422 problem document of a refused credential replacement: RFC 9457 members plus the verification that
 * refused it, so the operator sees which permission or which login step failed.
 *
 * @param type          {@code about:blank}
 * @param title         "Unprocessable Content"
 * @param status        422
 * @param detail        why, without any secret
 * @param instance      the request path
 * @param correlationId the request's correlation id
 * @param verification  the verification of the refused credential
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "verification"})
@Schema(description = "The 422 problem document of a refused credential replacement: RFC 9457 members plus the "
        + "verification that refused it, so the operator sees which permission or which login step failed.")
public record CredentialRejection(
        @Schema(description = "`about:blank`") String type,
        @Schema(description = "\"Unprocessable Content\"") String title,
        @Schema(description = "422") int status,
        @Schema(description = "Why, without any secret") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The request's correlation id") String correlationId,
        @Schema(description = "The verification of the refused credential") Verification verification) {
}
