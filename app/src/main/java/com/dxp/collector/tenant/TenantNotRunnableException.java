package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ProblemException;
import java.util.List;
import java.util.UUID;

/**
 * A tenant that collection must not run for, with the reason. A {@link ProblemException} (409, 404 for an
 * unknown tenant), so a REST call that hits it answers with the reason as it is.
 */
public class TenantNotRunnableException extends ProblemException {

    /** Why the tenant cannot run. */
    public enum Reason {
        UNKNOWN_TENANT,
        DISABLED,
        NO_ACTIVE_CREDENTIAL,
        MISSING_REQUIRED_PERMISSIONS,
        CREDENTIALS_REJECTED
    }

    private final UUID tenantId;
    private final Reason reason;

    public TenantNotRunnableException(UUID tenantId, Reason reason) {
        this(tenantId, reason, List.of());
    }

    /**
     * @param missing the required permissions the tenant's last verification found missing, named in the message
     *                (empty when not known)
     */
    public TenantNotRunnableException(UUID tenantId, Reason reason, List<String> missing) {
        super(reason == Reason.UNKNOWN_TENANT ? 404 : 409, reason == Reason.UNKNOWN_TENANT ? "Not Found" : "Conflict",
                describe(tenantId, reason, missing));
        this.tenantId = tenantId;
        this.reason = reason;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public Reason reason() {
        return reason;
    }

    private static String describe(UUID tenantId, Reason reason, List<String> missing) {
        return "Tenant " + tenantId + " cannot run: " + switch (reason) {
            case UNKNOWN_TENANT -> "there is no such tenant.";
            case DISABLED -> "it is disabled.";
            case NO_ACTIVE_CREDENTIAL -> "it has no active credential.";
            case MISSING_REQUIRED_PERMISSIONS -> missing.isEmpty()
                    ? "its OAuth client lacks a required permission; grant it and verify again."
                    : "its OAuth client lacks the required permission" + (missing.size() == 1 ? " " : "s ")
                            + String.join(", ", missing) + "; grant " + (missing.size() == 1 ? "it" : "them")
                            + " to the client's role and verify again.";
            case CREDENTIALS_REJECTED -> "Genesys Cloud refused its client id or secret; replace the credentials.";
        };
    }
}
