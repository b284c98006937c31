package com.dxp.collector.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic authentication for the API (over HTTPS in production), backed by {@link ConfiguredIdentityStore}.
 * Which paths need which role is declared in {@code web.xml} and by {@code @RolesAllowed} on the resources. Written
 * out rather than declared with {@code @BasicAuthenticationMechanismDefinition}: the container's mechanism answered a
 * header it could not decode ({@code Basic %%%}) with a 500; here any header that is not {@code Basic} with base64
 * of {@code user:password} is a 401 with the challenge, whose body the container's error page makes a problem
 * document.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "dxp-collector";
    /** Longer headers are not credentials anyone was given. */
    static final int MAX_HEADER = 1024;

    @Inject
    IdentityStoreHandler identityStores;

    /** A user name and password as a Basic header carries them. */
    record Credentials(String user, String password) {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        Optional<Credentials> credentials = parse(header);
        if (credentials.isEmpty()) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(credentials.get().user(), credentials.get().password()));
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result) : challenge(response, context);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        return context.responseUnauthorized();
    }

    /** The credentials of a well-formed {@code Basic} header; empty for anything else. */
    static Optional<Credentials> parse(String header) {
        if (header.length() > MAX_HEADER || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String encoded = header.substring(6).trim();
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
