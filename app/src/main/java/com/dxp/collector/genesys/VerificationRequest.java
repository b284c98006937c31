package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A credential to verify without storing it: the region domain (for example {@code mypurecloud.de}) or, where
 * configuration allows, explicit base URLs (such as the simulator's). {@link #toString()} hides the secret.
 *
 * @param region       the Genesys region domain; ignored when {@code apiBaseUrl} is given
 * @param apiBaseUrl   explicit API base URL (only to an origin listed in {@code tenant.explicit-base-url-origins})
 * @param loginBaseUrl explicit login base URL; the API base URL when absent
 * @param clientId     OAuth client id
 * @param clientSecret OAuth client secret
 */
@Schema(description = "A credential to verify without storing it: the region domain (for example `mypurecloud.de`) "
        + "or, where configuration allows, explicit base URLs (such as the simulator's).")
public record VerificationRequest(
        @Schema(description = "The Genesys region domain; ignored when `apiBaseUrl` is given",
                example = "mypurecloud.de") String region,
        @Schema(description = "Explicit API base URL (only to an origin listed in"
                + " `TENANT_EXPLICIT_BASE_URL_ORIGINS`)", example = "http://127.0.0.1:9480") URI apiBaseUrl,
        @Schema(description = "Explicit login base URL; the API base URL when absent",
                example = "http://127.0.0.1:9480") URI loginBaseUrl,
        @Schema(description = "OAuth client id", example = "3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b")
        @NotBlank @Size(max = 200)
        @Pattern(regexp = TenantRules.CLIENT_ID_PATTERN, message = "must be printable ASCII without spaces")
        String clientId,
        @Schema(description = "OAuth client secret", example = "<client secret>")
        @NotBlank @Size(max = 500) String clientSecret) {

    @Override
    public String toString() {
        return "VerificationRequest[region=" + region + ", apiBaseUrl=" + apiBaseUrl + ", clientId=" + clientId + "]";
    }
}
