package com.dxp.collector.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant to add: its name, where its org lives (a region domain, or where allowed explicit base URLs), the
 * OAuth client it gave us, and optionally its EventBridge source. {@link #toString()} hides the secret.
 *
 * @param name         unique, case-insensitively
 * @param region       a Genesys region domain such as {@code mypurecloud.de}; or null with {@code apiBaseUrl}
 * @param apiBaseUrl   explicit API base URL (only when {@code tenant.allow-explicit-base-url} is true)
 * @param loginBaseUrl explicit login base URL; defaults to {@code apiBaseUrl}
 * @param clientId     the OAuth client id
 * @param clientSecret the OAuth client secret; stored encrypted, never shown again
 * @param eventBridge  the EventBridge source, if events are set up
 * @param enabled      default true
 */
@Schema(description = "A tenant to add: its name, where its org lives (a region domain, or where allowed explicit "
        + "base URLs), the OAuth client it gave us, and optionally its EventBridge source.")
public record NewTenant(
        @Schema(description = "Unique, case-insensitively", example = "Acme")
        @NotBlank @Size(max = TenantRules.NAME_MAX) @Pattern(regexp = TenantRules.NAME_PATTERN,
                message = "must not contain control or format characters") String name,
        @Schema(description = "A Genesys region domain such as `mypurecloud.de`; or null with `apiBaseUrl`",
                example = "mypurecloud.de")
        @Size(max = TenantRules.REGION_MAX) String region,
        @Schema(description = "Explicit API base URL (only when `tenant.allow-explicit-base-url` is true)",
                example = "http://127.0.0.1:9480")
        @Size(max = TenantRules.URL_MAX) String apiBaseUrl,
        @Schema(description = "Explicit login base URL; defaults to `apiBaseUrl`", example = "http://127.0.0.1:9480")
        @Size(max = TenantRules.URL_MAX) String loginBaseUrl,
        @Schema(description = "The OAuth client id", example = "3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b")
        @NotBlank @Size(max = TenantRules.CLIENT_ID_MAX) @Pattern(regexp = TenantRules.CLIENT_ID_PATTERN,
                message = "must be printable ASCII without spaces") String clientId,
        @Schema(description = "The OAuth client secret; stored encrypted, never shown again",
                example = "<client secret>")
        @NotBlank @Size(max = TenantRules.SECRET_MAX) String clientSecret,
        @Schema(description = "The EventBridge source, if events are set up") @Valid EventBridgeSource eventBridge,
        @Schema(description = "Default true", example = "true") Boolean enabled) {

    @Override
    public String toString() {
        return "NewTenant[name=" + name + ", region=" + region + ", apiBaseUrl=" + apiBaseUrl + ", clientId="
                + clientId + "]";
    }
}
