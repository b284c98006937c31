package com.dxp.collector.tenant;

import com.dxp.collector.platform.rest.ProblemException;

/** The tenant feature's client-facing failures beyond 400/404, in one place so wording stays consistent. */
final class TenantProblems {

    private TenantProblems() {
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail);
    }

    static ProblemException tenantNotFound(Object id) {
        return ProblemException.notFound("No tenant " + id + ".");
    }
}
