package com.dxp.collector.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The console's sign-in: the sign-in page sends the account's HTTP Basic credentials once, here, and gets a session
 * cookie for the browser's further requests ({@link ConsoleSessions}); sign-out ends it. Accounts, roles and the
 * login throttle are the API's own.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

    @Inject
    ConsoleSessions sessions;

    @Operation(summary = "Sign in to the console", description = "Admin or viewer, with HTTP Basic credentials:"
            + " answers who signed in and sets an `HttpOnly`, `SameSite=Strict` session cookie (`Secure` over HTTPS)"
            + " for the console. Requests carrying only that cookie must send the `X-DXP-Console` header to change"
            + " anything. A read key cannot sign in.")
    @APIResponse(responseCode = "200", description = "Signed in; the cookie is set.",
            content = @Content(schema = @Schema(implementation = SignedIn.class)))
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public Response signIn(@Context SecurityContext caller, @Context HttpServletRequest request) {
        sessions.close(ConsoleSessions.token(request.getCookies()));
        SignedIn who = who(caller);
        String token = sessions.open(who.user(), Set.of(who.role()));
        LOG.log(Level.INFO, "security: ''{0}'' signed in to the console from {1}",
                new Object[] {FailedLogins.printable(who.user(), 100), request.getRemoteAddr()});
        return Response.ok(who).header("Set-Cookie", sessions.cookie(token, request.isSecure())).build();
    }

    @Operation(summary = "Who is calling", description = "The caller's account and role. Admin or viewer; changes"
            + " nothing.")
    @APIResponse(responseCode = "200", description = "The caller.",
            content = @Content(schema = @Schema(implementation = SignedIn.class)))
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public SignedIn current(@Context SecurityContext caller) {
        return who(caller);
    }

    @Operation(summary = "Sign out of the console", description = "Ends the console session of the cookie sent and"
            + " makes the browser forget it. Admin or viewer.")
    @APIResponse(responseCode = "204", description = "Signed out.")
    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public Response signOut(@Context HttpServletRequest request) {
        sessions.close(ConsoleSessions.token(request.getCookies()));
        return Response.noContent().header("Set-Cookie", ConsoleSessions.expiredCookie(request.isSecure())).build();
    }

    private SignedIn who(SecurityContext caller) {
        String role = caller.isUserInRole(Roles.ADMIN) ? Roles.ADMIN : Roles.VIEWER;
        return new SignedIn(caller.getUserPrincipal().getName(), role, sessions.idle().toMinutes());
    }
}
