package com.dxp.collector.tenant;

/**
 * Verifies a credential against Genesys Cloud: gets a token, reads the org, probes each permission, reads the
 * org's API limits. Implemented by the Genesys feature; the tenant feature uses it for {@code /verify} and
 * before a rotated credential becomes active.
 */
public interface CredentialVerifier {

    /** Never throws for Genesys-side failures: they are outcomes. */
    Verification verify(TenantConnection connection);
}
