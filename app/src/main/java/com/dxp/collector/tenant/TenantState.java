package com.dxp.collector.tenant;

/**
 * Where a tenant stands, as later features need to know it: whether it was ever verified, what the last
 * verification found, or whether an operator disabled it. Stored in {@code tenant.state}.
 */
public enum TenantState {
    /** Created or re-pointed, not verified since. */
    NEW,
    /** Token, org and every required permission. */
    VERIFIED,
    /** The credential works but a required permission is missing: collection must not run. */
    MISSING_REQUIRED_PERMISSIONS,
    /** The token endpoint refused the credential: collection must not run. */
    CREDENTIALS_REJECTED,
    /** Genesys could not be reached at the last verification; transient. */
    UNREACHABLE,
    /** Disabled by an operator (soft delete). */
    DISABLED,
    /**
     * Being purged in the background (the {@code tenant-purge} job): it cannot be enabled, changed or verified, and
     * goes with its last chunk. See {@code GET /api/admin/tenants/{id}/purge}.
     */
    PURGING;

    /** The state a verification outcome puts an enabled tenant in. */
    public static TenantState of(Verification.Outcome outcome) {
        return switch (outcome) {
            case VERIFIED -> VERIFIED;
            case MISSING_REQUIRED_PERMISSIONS -> MISSING_REQUIRED_PERMISSIONS;
            case CREDENTIALS_REJECTED -> CREDENTIALS_REJECTED;
            case UNREACHABLE -> UNREACHABLE;
        };
    }
}
