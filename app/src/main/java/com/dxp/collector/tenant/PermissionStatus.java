package com.dxp.collector.tenant;

/** What the permission probe learned about one permission. */
public enum PermissionStatus {
    /** The probe call succeeded. */
    GRANTED,
    /** Genesys answered 403 {@code missing.any.permissions}. */
    MISSING,
    /** The probe could not tell (another error, a timeout); the error code says why. */
    UNKNOWN
}
