package com.dxp.collector.platform.security;

import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records failed logins in the audit trail and the log, naming the user tried and the caller's address (never the
 * password): the first failure of each user and address in a minute, with how many more the previous minute had,
 * so someone trying passwords shows without filling the audit table with a row per guess.
 */
@ApplicationScoped
public class FailedLogins {

    private static final Logger LOG = Logger.getLogger(FailedLogins.class.getName());
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Users and addresses remembered at most; beyond, the memory starts afresh (a flood of invented names). */
    private static final int MAX_KEYS = 10_000;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();

    private final Map<String, Window> recent = new ConcurrentHashMap<>();

    /** A minute of failures of one user from one address. */
    private record Window(Instant start, int failures) {
    }

    /**
     * One failed login.
     *
     * @return whether it was recorded (false: counted into the next record of the same user and address)
     */
    public boolean failed(String username, String address, String correlationId) {
        String user = printable(username, 100);
        String from = printable(address, 64);
        Instant now = clock.instant();
        if (recent.size() > MAX_KEYS) {
            recent.clear();
        }
        Window[] before = new Window[1];
        Window w = recent.compute(user + "|" + from, (k, old) -> {
            before[0] = old;
            return old == null || !old.start().plus(WINDOW).isAfter(now) ? new Window(now, 1)
                    : new Window(old.start(), old.failures() + 1);
        });
        if (w.failures() > 1) {
            return false;
        }
        int earlier = before[0] == null ? 0 : before[0].failures() - 1;
        String detail = "login failed for user '" + user + "' from " + from
                + (earlier > 0 ? " (" + earlier + " more failures in the minute before)" : "");
        LOG.log(Level.WARNING, "security: {0} [correlationId={1}]", new Object[] {detail, correlationId});
        try {
            audit.record(new AuditEvent("unauthenticated", "login.failed", "account", user, null, detail,
                    correlationId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "security: a failed login could not be audited: {0}", e.toString());
        }
        return true;
    }

    /** What a caller sent, fit for a log line and a column: control characters as '?', cut to {@code max}. */
    static String printable(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        return out.toString();
    }
}
