package com.dxp.collector.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks API credentials against the accounts of {@link SecurityConfig}. The caller's group is its role, and
 * Liberty maps each role to the group of the same name, so no role binding lives in {@code server.xml}.
 */
@ApplicationScoped
public class ConfiguredIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ConfiguredIdentityStore.class.getName());

    @Inject
    SecurityConfig config;

    private Accounts accounts;

    @PostConstruct
    void load() {
        accounts = config.accounts();
        if (accounts.enabledUsernames().isEmpty()) {
            LOG.warning("No API account has a password (SECURITY_ADMIN_PASSWORD, SECURITY_VIEWER_PASSWORD):"
                    + " every /api request will be refused");
        } else {
            LOG.info(() -> "API accounts enabled: " + accounts.enabledUsernames());
        }
    }

    /** Validates a user name and password; any other kind of credential is not this store's business. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(role -> new CredentialValidationResult(credential.getCaller(), Set.of(role)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
