package com.dxp.collector.platform.security;

import com.dxp.collector.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's sign-in sessions: a random token in an {@code HttpOnly}, {@code SameSite=Strict} cookie (also
 * {@code Secure} over HTTPS) names who signed in and with which roles, for at most {@code idle} between requests and
 * {@code maxAge} in all. The API keeps HTTP Basic; only a browser that signed in carries the cookie.
 *
 * <p>Kept in this server's memory and by the token's SHA-256 only: a restart (as after a changed password) signs
 * everyone out, and nothing stored can be replayed. Bounded: beyond {@code maxSessions} the least recently used
 * session ends first.
 */
@ApplicationScoped
public class ConsoleSessions {

    /** The cookie's name. */
    public static final String COOKIE = "dxp_session";
    /** The header the console sends with every request; one that changes something is refused without it. */
    public static final String HEADER = "X-DXP-Console";
    /** Sessions kept at most. */
    private static final int MAX_SESSIONS = 10_000;

    private Duration idle;
    private Duration maxAge;
    private Clock clock;
    private final SecureRandom random = new SecureRandom();
    private Map<String, Session> byTokenHash;

    /** One signed-in browser: who, in which roles, since when, last seen when. */
    public record Session(String user, Set<String> roles, Instant signedIn, Instant lastSeen) {
    }

    /** For CDI: the limits come from {@link SecurityConfig}. */
    public ConsoleSessions() {
    }

    @Inject
    ConsoleSessions(SecurityConfig config) {
        this(config.sessionIdle(), config.sessionMaxAge(), MAX_SESSIONS, Clock.systemUTC());
    }

    ConsoleSessions(Duration idle, Duration maxAge, int maxSessions, Clock clock) {
        this.idle = idle;
        this.maxAge = maxAge;
        this.clock = clock;
        this.byTokenHash = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /** Signs {@code user} in; returns the token for the cookie, which is kept nowhere but there. */
    public synchronized String open(String user, Set<String> roles) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        byTokenHash.put(Sha256.hex(token), new Session(user, Set.copyOf(roles), now, now));
        return token;
    }

    /** The live session a cookie's token names, seen now; empty when unknown, idle too long or too old. */
    public synchronized Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String key = Sha256.hex(token);
        Session s = byTokenHash.get(key);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!s.lastSeen().plus(idle).isAfter(now) || !s.signedIn().plus(maxAge).isAfter(now)) {
            byTokenHash.remove(key);
            return Optional.empty();
        }
        Session seen = new Session(s.user(), s.roles(), s.signedIn(), now);
        byTokenHash.put(key, seen);
        return Optional.of(seen);
    }

    /** Signs the token's session out; nothing when there is none. */
    public synchronized void close(String token) {
        if (token != null) {
            byTokenHash.remove(Sha256.hex(token));
        }
    }

    /** The session token among a request's cookies; null when there is none. */
    public static String token(Cookie[] cookies) {
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** The {@code Set-Cookie} value carrying {@code token}; {@code Secure} when the request came over HTTPS. */
    public String cookie(String token, boolean secure) {
        return COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes a browser forget the session cookie. */
    public static String expiredCookie(boolean secure) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    public Duration idle() {
        return idle;
    }
}
