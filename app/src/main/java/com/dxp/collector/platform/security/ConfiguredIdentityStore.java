package com.dxp.collector.platform.security;

import com.dxp.collector.platform.rest.RequestCorrelation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
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

    @Inject
    FailedLogins failures;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    RequestCorrelation correlation;

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
        CredentialValidationResult result = accounts.authenticate(credential.getCaller(),
                        credential.getPasswordAsString())
                .map(role -> new CredentialValidationResult(credential.getCaller(), Set.of(role)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failures.failed(credential.getCaller(), address(), correlation.id());
        }
        return result;
    }

    /** The caller's address, where the request is known. */
    private String address() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : "unknown";
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
