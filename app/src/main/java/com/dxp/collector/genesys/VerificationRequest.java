package com.dxp.collector.genesys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;

/**
 * A credential to verify without storing it: the region domain (for example {@code mypurecloud.de}) or, where
 * configuration allows, explicit base URLs (such as the simulator's). {@link #toString()} hides the secret.
 *
 * @param region       the Genesys region domain; ignored when {@code apiBaseUrl} is given
 * @param apiBaseUrl   explicit API base URL (only with {@code tenant.allow-explicit-base-url=true})
 * @param loginBaseUrl explicit login base URL; derived from {@code apiBaseUrl} when absent
 * @param clientId     OAuth client id
 * @param clientSecret OAuth client secret
 */
public record VerificationRequest(String region, URI apiBaseUrl, URI loginBaseUrl,
                                  @NotBlank @Size(max = 200) String clientId,
                                  @NotBlank @Size(max = 500) String clientSecret) {

    @Override
    public String toString() {
        return "VerificationRequest[region=" + region + ", apiBaseUrl=" + apiBaseUrl + ", clientId=" + clientId + "]";
    }
}
