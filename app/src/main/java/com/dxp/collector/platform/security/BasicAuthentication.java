package com.dxp.collector.platform.security;

import com.dxp.collector.platform.Sha256;
import com.dxp.collector.platform.rest.ApiResponseHeaders;
import com.dxp.collector.platform.rest.ProblemDetail;
import com.dxp.collector.platform.rest.Problems;
import com.dxp.collector.platform.rest.RequestCorrelation;
import com.dxp.collector.platform.rest.ServletProblems;
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
import java.util.regex.Pattern;

/**
 * The application's one authentication mechanism: HTTP Basic for the API (over HTTPS in production), backed by
 * {@link ConfiguredIdentityStore}, with password guessing slowed down ({@link LoginThrottle}): a user name and
 * address, or an address, locked out after repeated failures is answered 429 with {@code Retry-After}, its password
 * not checked. Also read keys ({@code Bearer}) and the console's session cookie ({@link ConsoleSessions}), which
 * alone never changes anything. Which paths need which role is declared in
 * {@code web.xml} and by {@code @RolesAllowed} on the resources. Written out rather than declared with
 * {@code @BasicAuthenticationMechanismDefinition} for the throttle, and so that a header that is neither credentials
 * nor a read key is a 401 problem document with the challenge.
 *
 * <p>Why such a 401 is written and committed here rather than left to the container's error page: after any answer
 * but "continue", Liberty decodes a header starting with {@code Basic } once more for its audit record, unchecked,
 * and fails on what is not padded base64 of {@code user:password} (an empty 401 or a 500). A committed answer
 * cannot be changed by that failure (which Liberty still logs as its own error); and a header this class accepts is
 * always one Liberty decodes.
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
    /** Methods that change nothing: a session cookie alone may call them. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The standard base64 alphabet with its padding, nothing else (no spaces, no URL-safe letters). */
    private static final Pattern PADDED_BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
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

    @Inject
    ConsoleSessions sessions;

    private LoginThrottle throttle;

    /** A user name and password as a Basic header carries them. */
    record Credentials(String user, String password) {
    }

    @PostConstruct
    void createThrottle() {
        throttle = new LoginThrottle(config.loginFreeFailures(), config.loginFreeFailuresPerAddress(),
                config.loginMaxLock(), MAX_PAIRS, Clock.systemUTC());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            Optional<ConsoleSessions.Session> session = signedIn(request);
            if (session.isPresent()) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(session.get().user()),
                        session.get().roles());
            }
            return context.isProtected() ? challenge(request, response, context) : context.doNothing();
        }
        if (request.getAttribute(REFUSED) != null) {
            // the container asks again for the same request (its error page): one failure counts once
            return challenge(request, response, context);
        }
        Optional<String> bearer = bearer(header);
        if (bearer.isPresent()) {
            return readKey(bearer.get(), request, response, context);
        }
        Optional<Credentials> credentials = parse(header);
        if (credentials.isEmpty()) {
            return malformed(request, response);
        }
        String user = credentials.get().user();
        String address = request.getRemoteAddr();
        Duration locked = throttle.lockedFor(user, address);
        if (!locked.isZero()) {
            return tooManyFailures(request, response, user, locked);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(user, credentials.get().password()));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(user, address);
            return context.notifyContainerAboutLogin(result);
        }
        throttle.failed(user, address);
        request.setAttribute(REFUSED, Boolean.TRUE);
        return challenge(request, response, context);
    }

    /**
     * The console session the request's cookie names. A request that changes something must also carry
     * {@link ConsoleSessions#HEADER}, which a page of another site cannot add without the server's leave (CORS),
     * so a cookie alone never changes anything, whatever the browser does with {@code SameSite}.
     */
    private Optional<ConsoleSessions.Session> signedIn(HttpServletRequest request) {
        String token = ConsoleSessions.token(request.getCookies());
        if (token == null) {
            return Optional.empty();
        }
        boolean safe = SAFE_METHODS.contains(request.getMethod());
        if (!safe && request.getHeader(ConsoleSessions.HEADER) == null) {
            return Optional.empty();
        }
        return sessions.find(token);
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
            return challenge(request, response, context);
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

    /**
     * A 401 with the Basic challenge; not for the console's own requests, since a browser answers a challenge with
     * its login dialog, and the console has a sign-in page.
     */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                                  HttpMessageContext context) {
        if (request.getHeader(ConsoleSessions.HEADER) == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        }
        return context.responseUnauthorized();
    }

    /**
     * A 401 problem document for an {@code Authorization} header that is neither credentials nor a read key, sent
     * at once (see the class comment for why). Not a failed login: it names no user to throttle or audit.
     */
    private AuthenticationStatus malformed(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        send(request, response, Problems.of(401, "Unauthorized", "The Authorization header is neither HTTP Basic"
                + " credentials ('Basic ' and the padded base64 of user:password) nor a read key ('Bearer ' and the"
                + " key).",
                request.getRequestURI(), correlation.id()));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 with the seconds to wait and a problem document; the password was not looked at. */
    private AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response,
                                                 String user, Duration locked) {
        long seconds = Math.max(1, locked.toSeconds() + (locked.toSecondsPart() > 0 || locked.toNanosPart() > 0
                ? 1 : 0));
        String id = correlation.id();
        LOG.log(Level.INFO, "security: login of user ''{0}'' refused unchecked for {1} s more after repeated"
                + " failures [correlationId={2}]", new Object[] {FailedLogins.printable(user, 100), seconds, id});
        response.setHeader("Retry-After", Long.toString(seconds));
        send(request, response, Problems.of(429, "Too Many Requests", "Too many failed logins for this user or"
                + " from this address; try again in " + seconds + " s.", request.getRequestURI(), id));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Writes the answer and closes it, so that nothing the container does after this mechanism can change it; and
     * closes the connection too, as Liberty goes on to an HTTP/2 upgrade a client asked for, which would leave the
     * connection unusable for the client's next request.
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) {
        ApiResponseHeaders.apply(request, response);
        response.setHeader("Connection", "close");
        try {
            ServletProblems.write(response, problem);
            response.getOutputStream().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "a refused login's answer could not be written (the client left)", e);
        }
    }

    /**
     * The credentials of a well-formed {@code Basic} header: the scheme, one space, then padded base64 (what every
     * client sends) of a user name, a colon and the password. Empty for anything else, spaces and all.
     */
    static Optional<Credentials> parse(String header) {
        if (header.length() > MAX_HEADER || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String encoded = header.substring(6);
        if (encoded.isEmpty() || encoded.length() % 4 != 0 || !PADDED_BASE64.matcher(encoded).matches()) {
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
