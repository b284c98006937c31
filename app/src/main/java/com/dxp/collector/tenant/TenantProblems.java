package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ProblemException;

/** The tenant feature's client-facing failures beyond 400/404, in one place so wording stays consistent. */
final class TenantProblems {

    private TenantProblems() {
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    /** A change refused because the tenant is being purged; says where to follow the purge. */
    static ProblemException purgeRunning(java.util.UUID tenantId) {
        return conflict("Tenant " + tenantId + " is being purged (state PURGING): it cannot be enabled, changed,"
                + " verified or purged again. Follow the purge at GET /api/admin/tenants/" + tenantId + "/purge.");
    }

    static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail);
    }

    static ProblemException tenantNotFound(Object id) {
        return ProblemException.notFound("No tenant " + id + ".");
    }
}
