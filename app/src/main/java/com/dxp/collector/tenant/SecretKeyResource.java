package com.dxp.collector.tenant;

import com.dxp.collector.platform.audit.Audited;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.rest.RequestCorrelation;
import com.dxp.collector.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The secret keys as operators retire them: a re-seal moves every stored secret onto the active key, so the old one
 * can leave {@code TENANT_SECRET_KEYS}. Delegates to {@link SecretReseal}.
 */
@Path("admin/secret-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tenants")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class SecretKeyResource {

    @Inject
    SecretReseal reseal;

    @Inject
    RequestCorrelation correlation;

    @Audited(value = "secret-keys.resealed", target = "secret-keys")
    @Operation(summary = "Re-seal stored secrets under the active key", description = "Lets an old secret key be"
            + " retired (admin): deletes the credentials retired more than `TENANT_RETIRED_CREDENTIAL_DAYS` ago, then"
            + " seals anew under `TENANT_SECRET_ACTIVE_KEY` the client secret of every active and pending credential"
            + " another key sealed, each credential in a transaction of its own. Answers how many were"
            + " re-sealed and deleted, the secrets that could not be opened (left as they were), and `keysInUse`: a key"
            + " id no longer listed there may be removed from `TENANT_SECRET_KEYS`. Takes no body; repeating it is"
            + " harmless.")
    @APIResponse(responseCode = "200", description = "Done; what was re-sealed and deleted, and the key ids still in"
            + " use.", content = @Content(schema = @Schema(implementation = ResealResult.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "No active secret key is configured; nothing was changed.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @POST
    @Path("reseal")
    @RolesAllowed(Roles.ADMIN)
    public ResealResult reseal(@Context SecurityContext caller) {
        return reseal.reseal(new CredentialStore.Actor(caller.getUserPrincipal().getName(), correlation.id()));
    }
}
