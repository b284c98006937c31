package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of the tenant feature: the keys that encrypt client secrets (from the environment only, never
 * a file), how long retired credentials are kept, where tenants may name explicit base URLs instead of a
 * Genesys region, and how a purge stops the tenant's work and deletes its rows.
 */
@ApplicationScoped
public class TenantConfig {

    /** Secret encryption keys, {@code keyId:base64Key[,...]}, 32-byte keys ({@code tenant.secret-keys}). */
    @Inject
    @ConfigProperty(name = "tenant.secret-keys")
    Optional<String> secretKeys;

    /** Id of the key new secrets are encrypted with ({@code tenant.secret-active-key}). */
    @Inject
    @ConfigProperty(name = "tenant.secret-active-key")
    Optional<String> secretActiveKey;

    /** Whether a tenant may give an API base URL instead of a region ({@code tenant.allow-explicit-base-url}). */
    @Inject
    @ConfigProperty(name = "tenant.allow-explicit-base-url", defaultValue = "false")
    boolean allowExplicitBaseUrl;

    /**
     * The origins explicit base URLs may point at, comma-separated ({@code tenant.explicit-base-url-origins}, for
     * example {@code http://127.0.0.1:9480}); none by default.
     */
    @Inject
    @ConfigProperty(name = "tenant.explicit-base-url-origins")
    Optional<String> explicitBaseUrlOrigins;

    private ExplicitOrigins origins;

    /** How long a purge waits for the tenant's runs and in-flight enrichment to stop before it answers 409. */
    @Inject
    @ConfigProperty(name = "tenant.purge.stop-timeout-seconds")
    int purgeStopTimeoutSeconds;

    /**
     * Rows a tenant purge deletes per transaction ({@code tenant.purge.chunk-size}): small enough that no chunk holds
     * many locks or runs long, large enough that a million conversations do not take hours.
     */
    @Inject
    @ConfigProperty(name = "tenant.purge.chunk-size")
    int purgeChunkSize;

    /**
     * Days a retired credential is kept before a re-seal deletes it ({@code tenant.retired-credential-days}): long
     * enough to see in the tenant's history what was replaced, short enough that an old key is not needed for ever.
     */
    @Inject
    @ConfigProperty(name = "tenant.retired-credential-days")
    int retiredCredentialDays;

    public Optional<String> secretKeys() {
        return secretKeys;
    }

    public Optional<String> secretActiveKey() {
        return secretActiveKey;
    }

    /** Where explicit base URLs may point; a listed origin that is not one stops the server at start. */
    public synchronized ExplicitOrigins explicitOrigins() {
        if (origins == null) {
            origins = ExplicitOrigins.of(allowExplicitBaseUrl, explicitBaseUrlOrigins.orElse(""));
        }
        return origins;
    }

    /** How long a retired credential is kept; never negative. */
    public Duration retiredCredentialRetention() {
        return Duration.ofDays(Math.max(0, retiredCredentialDays));
    }

    /** Rows a purge deletes per transaction; at least 1. */
    public int purgeChunkSize() {
        return Math.max(1, purgeChunkSize);
    }

    public Duration purgeStopTimeout() {
        return Duration.ofSeconds(Math.max(1, purgeStopTimeoutSeconds));
    }
}
