package com.dxp.collector.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may call the API. The two accounts are configured only through MicroProfile Config, in production from
 * environment variables ({@code SECURITY_ADMIN_PASSWORD}...); a password is never in a committed file. An
 * account without a password is disabled.
 */
@ApplicationScoped
public class SecurityConfig {

    /** User name of the admin account ({@code security.admin.username}). */
    @Inject
    @ConfigProperty(name = "security.admin.username")
    String adminUsername;

    /** Password of the admin account ({@code security.admin.password}); unset disables the account. */
    @Inject
    @ConfigProperty(name = "security.admin.password")
    Optional<String> adminPassword;

    /** User name of the read-only account ({@code security.viewer.username}). */
    @Inject
    @ConfigProperty(name = "security.viewer.username")
    String viewerUsername;

    /** Password of the read-only account ({@code security.viewer.password}); unset disables the account. */
    @Inject
    @ConfigProperty(name = "security.viewer.password")
    Optional<String> viewerPassword;

    /** Failed logins of a user from an address that cost nothing ({@code security.login.free-failures}). */
    @Inject
    @ConfigProperty(name = "security.login.free-failures")
    int loginFreeFailures;

    /**
     * Failed logins from one address, whatever the user names, that cost nothing
     * ({@code security.login.free-failures-per-address}).
     */
    @Inject
    @ConfigProperty(name = "security.login.free-failures-per-address")
    int loginFreeFailuresPerAddress;

    /** The longest lock-out after failed logins ({@code security.login.max-lock-seconds}). */
    @Inject
    @ConfigProperty(name = "security.login.max-lock-seconds")
    long loginMaxLockSeconds;

    /** A console session ends after this many minutes without a request ({@code security.session.idle-minutes}). */
    @Inject
    @ConfigProperty(name = "security.session.idle-minutes")
    long sessionIdleMinutes;

    /** A console session ends this many hours after sign-in however busy ({@code security.session.max-hours}). */
    @Inject
    @ConfigProperty(name = "security.session.max-hours")
    long sessionMaxHours;

    /** The shortest password an account may have; a shorter one stops the server at start. */
    @Inject
    @ConfigProperty(name = "security.min-password-length")
    int minPasswordLength;

    public int loginFreeFailures() {
        return Math.max(0, loginFreeFailures);
    }

    public int loginFreeFailuresPerAddress() {
        return Math.max(0, loginFreeFailuresPerAddress);
    }

    public Duration sessionIdle() {
        return Duration.ofMinutes(Math.max(1, sessionIdleMinutes));
    }

    public Duration sessionMaxAge() {
        return Duration.ofHours(Math.max(1, sessionMaxHours));
    }

    public Duration loginMaxLock() {
        return Duration.ofSeconds(Math.max(1, loginMaxLockSeconds));
    }

    /**
     * Why the accounts must not be used, or empty: a password shorter than {@code security.min-password-length}
     * (named by its variable, never shown).
     */
    public Optional<String> passwordProblem() {
        List<String> tooShort = new ArrayList<>();
        if (adminPassword.filter(p -> !p.isBlank() && p.length() < minPasswordLength).isPresent()) {
            tooShort.add("SECURITY_ADMIN_PASSWORD");
        }
        if (viewerPassword.filter(p -> !p.isBlank() && p.length() < minPasswordLength).isPresent()) {
            tooShort.add("SECURITY_VIEWER_PASSWORD");
        }
        return tooShort.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", tooShort)
                + " must have at least " + minPasswordLength + " characters (security.min-password-length)");
    }

    /** The configured accounts, those without a password left out. */
    public Accounts accounts() {
        return Accounts.of(
                new Accounts.Account(adminUsername, adminPassword.orElse(null), Roles.ADMIN),
                new Accounts.Account(viewerUsername, viewerPassword.orElse(null), Roles.VIEWER));
    }
}
