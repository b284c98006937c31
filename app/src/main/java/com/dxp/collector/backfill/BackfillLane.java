package com.dxp.collector.backfill;

import com.dxp.collector.genesys.CredentialsRejectedException;
import com.dxp.collector.genesys.GenesysBudgetTimeoutException;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysPostponedException;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.GenesysUnavailableException;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantNotRunnableException;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * One Genesys call of a backfill, on the tenant's backfill lane (live enrichment always goes first, the tenant's
 * budget is shared), with the gateway's failures turned into the batch ports' exceptions: long rate-limit waits are
 * postponements, transient failures pass, refusals and a tenant that may no longer run fail the step.
 */
@ApplicationScoped
public class BackfillLane {

    @Inject
    GenesysGateway gateway;

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    Clock clock = Clock.systemUTC();

    /**
     * The answer, a 2xx or a 404 (for the caller to read as "none").
     *
     * @throws HistoryPostponedException   Genesys asked to wait longer than the gateway waits itself
     * @throws HistoryUnavailableException a transient failure, or no budget in time
     * @throws HistoryRefusedException     any other status, rejected credentials, a tenant that may not run
     */
    public <C> GenesysResponse call(UUID tenantId, String endpoint, Class<C> api, Function<C, Response> request) {
        try {
            gate.requireRunnable(tenantId);
            GenesysResponse r = gateway.call(tenants.activeConnection(tenantId), Lane.BACKFILL, endpoint, api,
                    request);
            if (r.isSuccess() || r.status() == 404) {
                return r;
            }
            throw new HistoryRefusedException(endpoint + " of tenant " + tenantId + " answered " + r.status() + " "
                    + r.errorCode());
        } catch (GenesysPostponedException e) {
            Duration wait = Duration.between(clock.instant(), e.retryAt());
            throw new HistoryPostponedException(wait.isNegative() ? Duration.ZERO : wait, e.getMessage());
        } catch (GenesysUnavailableException | GenesysBudgetTimeoutException e) {
            throw new HistoryUnavailableException(e.getMessage(), e);
        } catch (CredentialsRejectedException | TenantNotRunnableException e) {
            throw new HistoryRefusedException("tenant " + tenantId + " cannot be read: " + e.getMessage());
        }
    }
}
