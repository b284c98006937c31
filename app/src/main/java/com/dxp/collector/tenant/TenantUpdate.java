package com.dxp.collector.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new settings of a tenant (a full replacement of what is editable; credentials change only through
 * {@code PUT .../credentials}).
 *
 * @param version      the version the client read; a different current version is a 409
 * @param name         unique, case-insensitively
 * @param region       a region domain, or null with {@code apiBaseUrl}
 * @param apiBaseUrl   explicit API base URL where allowed
 * @param loginBaseUrl explicit login base URL; defaults to {@code apiBaseUrl}
 * @param eventBridge  the EventBridge source; null removes it
 * @param enabled      false disables the tenant, as {@code DELETE} does
 * @param journeySessions whether backfills fetch the journey sessions conversations name; absent keeps it
 */
@Schema(description = "The new settings of a tenant (a full replacement of what is editable; credentials change "
        + "only through `PUT .../credentials`).")
public record TenantUpdate(
        @Schema(description = "The version the client read; a different current version is a 409", example = "3")
        @NotNull Long version,
        @Schema(description = "Unique, case-insensitively", example = "Acme")
        @NotBlank @Size(max = TenantRules.NAME_MAX) @Pattern(regexp = TenantRules.NAME_PATTERN,
                message = "must not contain control or format characters") String name,
        @Schema(description = "A region domain, or null with `apiBaseUrl`", example = "mypurecloud.de")
        @Size(max = TenantRules.REGION_MAX) String region,
        @Schema(description = "Explicit API base URL where allowed", example = "http://127.0.0.1:9480")
        @Size(max = TenantRules.URL_MAX) String apiBaseUrl,
        @Schema(description = "Explicit login base URL; defaults to `apiBaseUrl`", example = "http://127.0.0.1:9480")
        @Size(max = TenantRules.URL_MAX) String loginBaseUrl,
        @Schema(description = "The EventBridge source; null removes it") @Valid EventBridgeSource eventBridge,
        @Schema(description = "False disables the tenant, as `DELETE` does", example = "true")
        @NotNull Boolean enabled,
        @Schema(description = "Whether backfills fetch the journey sessions conversations name: one Genesys call per"
                + " session, on the backfill lane, and only while `journey:session:view` is granted; absent keeps"
                + " the current setting", example = "true")
        Boolean journeySessions) {
}
