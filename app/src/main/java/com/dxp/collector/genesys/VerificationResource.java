package com.dxp.collector.genesys;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.security.Roles;
import com.dxp.collector.tenant.CredentialVerifier;
import com.dxp.collector.tenant.TenantConfig;
import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.tenant.TenantEndpoint;
import com.dxp.collector.tenant.TenantRules;
import com.dxp.collector.tenant.Verification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A dry-run verification: operators check a client id and secret (token, org, permissions, rate limit) before
 * creating a tenant with it. Nothing is stored; the token, clients and budget used are dropped afterwards.
 */
@Path("admin/genesys/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class VerificationResource {

    @Inject
    CredentialVerifier verifier;

    @Inject
    GenesysGateway gateway;

    /** Where explicit base URLs (a simulator, a proxy) may point instead of a region; nowhere in production. */
    @Inject
    TenantConfig tenants;

    @Audited(value = "genesys.verification-dry-run", target = "verification")
    @Operation(summary = "Verify Genesys credentials (dry run)", description = "Checks a client id and secret before"
            + " a tenant is added with them (admin): gets a token, reads the org, probes the 3 required and 6 optional"
            + " permissions and the org's rate limit. Stores nothing; the token is dropped afterwards. `apiBaseUrl` and"
            + " `loginBaseUrl` instead of `region` only with `TENANT_ALLOW_EXPLICIT_BASE_URL=true`, and only to an"
            + " origin listed in `TENANT_EXPLICIT_BASE_URL_ORIGINS`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VerificationRequest.class), examples = @ExampleObject(name = "region",
                    value = "{\"region\":\"mypurecloud.de\",\"clientId\":\"3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b\","
                            + "\"clientSecret\":\"<client secret>\"}")))
    @APIResponse(responseCode = "200", description = "The verification, whatever its outcome (see `outcome`).")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Verification verify(@Valid @NotNull VerificationRequest request) {
        TenantConnection connection = connection(request);
        try {
            return verifier.verify(connection);
        } finally {
            gateway.forget(connection);
        }
    }

    /** The connection to try: the region's URLs, or explicit ones the same rules as a tenant's allow. */
    private TenantConnection connection(VerificationRequest request) {
        TenantEndpoint endpoint = TenantRules.endpoint(request.apiBaseUrl() == null ? request.region() : null,
                text(request.apiBaseUrl()), text(request.loginBaseUrl()), tenants.explicitOrigins());
        return new TenantConnection(GatewayMetrics.DRY_RUN, UUID.randomUUID(), endpoint.apiBaseUrl(),
                endpoint.loginBaseUrl(), request.clientId(), request.clientSecret());
    }

    private static String text(URI url) {
        return url == null ? null : url.toString();
    }
}
