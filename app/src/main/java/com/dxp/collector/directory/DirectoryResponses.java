package com.dxp.collector.directory;

import com.dxp.collector.genesys.CredentialsRejectedException;
import com.dxp.collector.genesys.GenesysBudgetTimeoutException;
import com.dxp.collector.genesys.GenesysPostponedException;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.GenesysUnavailableException;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.tenant.TenantNotRunnableException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns what a Genesys directory call produced (an answer, or a failure of the gateway or the tenant checks)
 * into what the {@link DirectorySource} port promises: a page, or one of the port's exceptions. Kept apart from
 * {@link GenesysDirectorySource} so the mapping can be tested without a server.
 */
final class DirectoryResponses {

    private DirectoryResponses() {
    }

    /**
     * The page of a 2xx answer.
     *
     * @throws DirectoryRefusedException     any other status (403, 404, 400...)
     * @throws DirectoryUnavailableException a 2xx whose body is not a listing (a cut-off body is the likely cause)
     */
    static DirectoryPage page(UUID tenantId, String endpoint, GenesysResponse response) {
        return page(tenantId, endpoint, response, false);
    }

    /** As {@link #page(UUID, String, GenesysResponse)}, of a cursor listing when {@code cursored}. */
    static DirectoryPage page(UUID tenantId, String endpoint, GenesysResponse response, boolean cursored) {
        if (!response.isSuccess()) {
            throw new DirectoryRefusedException(tenantId, endpoint, response.status(), response.errorCode(),
                    "Genesys answered " + response.status());
        }
        try {
            return cursored ? DirectoryListing.parseCursored(response.body())
                    : DirectoryListing.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new DirectoryUnavailableException("Directory call " + endpoint + " for tenant " + tenantId
                    + " answered " + response.status() + " with a body that is not a listing: " + e.getMessage(), e);
        }
    }

    /**
     * The port's exception for a failure of the call: postponements keep their remaining wait, transient failures
     * become retryable, refusals do not; anything else is returned unchanged.
     */
    static RuntimeException failure(UUID tenantId, String endpoint, RuntimeException e, Instant now) {
        if (e instanceof GenesysPostponedException postponed) {
            Duration left = Duration.between(now, postponed.retryAt());
            return new DirectoryPostponedException(left.isNegative() ? Duration.ZERO : left);
        }
        if (e instanceof GenesysUnavailableException unavailable) {
            return new DirectoryUnavailableException("Directory call " + endpoint + " for tenant " + tenantId
                    + " unavailable (" + unavailable.errorCode() + "): " + e.getMessage(), e);
        }
        if (e instanceof GenesysBudgetTimeoutException) {
            return new DirectoryUnavailableException("Directory call " + endpoint + " for tenant " + tenantId
                    + " got no API budget in time: " + e.getMessage(), e);
        }
        if (e instanceof CredentialsRejectedException rejected) {
            return refused(new DirectoryRefusedException(tenantId, endpoint, 0, rejected.errorCode(),
                    "Genesys Cloud rejected the tenant's credentials"), e);
        }
        if (e instanceof TenantNotRunnableException notRunnable) {
            return refused(new DirectoryRefusedException(tenantId, endpoint, 0, notRunnable.reason().name(),
                    e.getMessage()), e);
        }
        if (e instanceof ProblemException problem) {
            return refused(new DirectoryRefusedException(tenantId, endpoint, 0, "tenant." + problem.status(),
                    e.getMessage()), e);
        }
        return e;
    }

    private static DirectoryRefusedException refused(DirectoryRefusedException refused, RuntimeException cause) {
        refused.initCause(cause);
        return refused;
    }
}
