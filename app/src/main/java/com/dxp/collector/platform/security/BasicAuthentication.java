package com.dxp.collector.platform.security;

import com.dxp.collector.platform.Sha256;
import com.dxp.collector.platform.rest.RequestCorrelation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP Basic authentication for the API (over HTTPS in production), backed by {@link ConfiguredIdentityStore}, with
 * password guessing slowed down ({@link LoginThrottle}): a user name and address locked out after repeated failures
 * is answered 429 with {@code Retry-After}, its password not checked. Which paths need which role is declared in
 * {@code web.xml} and by {@code @RolesAllowed} on the resources. Written out rather than declared with
 * {@code @BasicAuthenticationMechanismDefinition} for the throttle, and so that a header that is not {@code Basic}
 * with base64 of {@code user:password} is a plain 401 with the challenge.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BasicAuthentication.class.getName());
    static final String REALM = "dxp-collector";
    /** Longer headers are not credentials anyone was given. */
    static final int MAX_HEADER = 1024;
    private static final int MAX_PAIRS = 10_000;
    /** The user name failed logins record for a wrong bearer key. */
    private static final String BEARER = "(bearer key)";
    /** Marks a request whose credentials were refused once already. */
    private static final String REFUSED = BasicAuthentication.class.getName() + ".refused";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SecurityConfig config;

    @Inject
    RequestCorrelation correlation;

    @Inject
    Instance<KeyLookup> keys;

    @Inject
    FailedLogins failures;

    private LoginThrottle throttle;

    /** A user name and password as a Basic header carries them. */
    record Credentials(String user, String password) {
    }

    @PostConstruct
    void createThrottle() {
        throttle = new LoginThrottle(config.loginFreeFailures(), config.loginMaxLock(), MAX_PAIRS,
                Clock.systemUTC());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        if (request.getAttribute(REFUSED) != null) {
            // the container asks again for the same request (its error page): one failure counts once
            return challenge(response, context);
        }
        Optional<String> bearer = bearer(header);
        if (bearer.isPresent()) {
            return readKey(bearer.get(), request, response, context);
        }
        Optional<Credentials> credentials = parse(header);
        if (credentials.isEmpty()) {
            return challenge(response, context);
        }
        String user = credentials.get().user();
        String address = request.getRemoteAddr();
        Duration locked = throttle.lockedFor(user, address);
        if (!locked.isZero()) {
            return tooManyFailures(response, user, locked);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(user, credentials.get().password()));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(user, address);
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(user, address);
        request.setAttribute(REFUSED, Boolean.TRUE);
        return challenge(response, context);
    }

    /**
     * A read key ({@code Authorization: Bearer dxp_...}): the caller {@code key:<id>} in role {@code reader}, the
     * tenants it reads left on the request for {@link KeyScopeFilter}. Wrong keys are not throttled: a key holds 256
     * random bits, so guessing gains nothing however fast, while a lock-out by address would let anyone sharing the
     * platform's address (a proxy, a NAT) shut its valid key out. They are logged and audited as failed logins.
     */
    private AuthenticationStatus readKey(String key, HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        Optional<KeyLookup.ReadKey> found = keys.isResolvable() ? keys.get().findUsable(Sha256.hex(key))
                : Optional.empty();
        if (found.isEmpty()) {
            failures.failed(BEARER, request.getRemoteAddr(), correlation.id());
            request.setAttribute(REFUSED, Boolean.TRUE);
            return challenge(response, context);
        }
        request.setAttribute(KeyScopeFilter.TENANTS, found.get().tenantIds());
        return context.notifyContainerAboutLogin(new CallerPrincipal("key:" + found.get().id()),
                Set.of(Roles.READER));
    }

    /** The token of a {@code Bearer} header of a plausible length; empty for anything else. */
    static Optional<String> bearer(String header) {
        if (header.length() > MAX_HEADER || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        return context.responseUnauthorized();
    }

    /** 429 with the seconds to wait and a problem document; the password was not looked at. */
    private AuthenticationStatus tooManyFailures(HttpServletResponse response, String user, Duration locked) {
        long seconds = Math.max(1, locked.toSeconds() + (locked.toSecondsPart() > 0 || locked.toNanosPart() > 0
                ? 1 : 0));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/problem+json");
        String id = correlation.id();
        response.setHeader(RequestCorrelation.HEADER, id);
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many failed logins for this user from this address; try again in " + seconds
                    + " s.\",\"correlationId\":\"" + id + "\"}");
        } catch (IOException e) {
            LOG.log(Level.FINE, "the 429 body could not be written", e);
        }
        LOG.log(Level.INFO, "security: login of user ''{0}'' refused unchecked for {1} s more after repeated"
                + " failures [correlationId={2}]", new Object[] {FailedLogins.printable(user, 100), seconds, id});
        return AuthenticationStatus.SEND_FAILURE;
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
