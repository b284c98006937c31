package com.dxp.collector.tenant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

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
public record CredentialRejection(String type, String title, int status, String detail, String instance,
                                  String correlationId, Verification verification) {
}
