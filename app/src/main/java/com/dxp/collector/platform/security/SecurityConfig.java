package com.dxp.collector.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** The configured accounts, those without a password left out. */
    public Accounts accounts() {
        return Accounts.of(
                new Accounts.Account(adminUsername, adminPassword.orElse(null), Roles.ADMIN),
                new Accounts.Account(viewerUsername, viewerPassword.orElse(null), Roles.VIEWER));
    }
}
