package com.dxp.collector.directory;

import java.util.UUID;

/**
 * Genesys refused a directory call for a reason retrying cannot fix (a 403 for a missing permission, a 404, a
 * rejected credential, a tenant that may not run): the step fails and an operator has to act. Not a
 * {@link DirectoryUnavailableException}, so the chunk does not spend its retries on it. The message names the
 * tenant, the endpoint, the status and the Genesys error code; never a token or a secret.
 */
public class DirectoryRefusedException extends RuntimeException {

    private final UUID tenantId;
    private final String endpoint;
    private final int status;
    private final String errorCode;

    /**
     * @param status    the HTTP status Genesys answered, or 0 when the call was refused before an answer
     * @param errorCode the Genesys error code (for example {@code missing.permissions}), or the reason's name
     * @param reason    what happened, in words
     */
    public DirectoryRefusedException(UUID tenantId, String endpoint, int status, String errorCode, String reason) {
        super("Directory call " + endpoint + " for tenant " + tenantId + " refused"
                + (status > 0 ? " with HTTP " + status : "") + " (" + errorCode + "): " + reason);
        this.tenantId = tenantId;
        this.endpoint = endpoint;
        this.status = status;
        this.errorCode = errorCode;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The HTTP status, or 0 when the call was refused before Genesys answered it. */
    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
