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
        @Schema(description = "`about:blank`", example = "about:blank") String type,
        @Schema(description = "\"Unprocessable Content\"", example = "Unprocessable Content") String title,
        @Schema(description = "422", example = "422") int status,
        @Schema(description = "Why, without any secret", example = "missing required permissions: directory:group:view")
        String detail,
        @Schema(description = "The request path",
                example = "/api/admin/tenants/6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10/credentials") String instance,
        @Schema(description = "The request's correlation id", example = "0b8e4d2c-6a1f-4e3b-9c5d-7f2a1b3c4d5e")
        String correlationId,
        @Schema(description = "The verification of the refused credential") Verification verification) {
}
