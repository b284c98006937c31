package com.dxp.collector.tenant;

/** Life cycle of a stored credential: pending while a replacement is verified, then active or retired. */
public enum CredentialStatus {
    /** The credential in use; at most one per tenant. */
    ACTIVE,
    /** A replacement being verified; becomes active or retired. */
    PENDING,
    /** Replaced by a newer credential, or refused when verified. */
    RETIRED
}
