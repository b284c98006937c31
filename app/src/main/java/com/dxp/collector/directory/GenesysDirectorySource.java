package com.dxp.collector.directory;

import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.GroupsClient;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.genesys.UsersClient;
import com.dxp.collector.tenant.TenantConnection;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The directory sync's view of a tenant's Genesys Cloud org: one listing page per call, through the
 * {@link GenesysGateway} on the directory lane of the tenant's API budget, so a sync never delays live calls.
 * Users are listed in every state ({@code state=any}), so a deactivated or deleted user is updated rather than
 * taken for removed.
 */
@ApplicationScoped
public class GenesysDirectorySource implements DirectorySource {

    /** The largest page asked for; Genesys documents no maximum for users, 500 is known to work. */
    static final int MAX_PAGE_SIZE = 500;

    private static final Logger LOG = Logger.getLogger(GenesysDirectorySource.class.getName());
    private static final String ALL_STATES = "any";

    @Inject
    TenantGate gate;

    @Inject
    TenantService tenants;

    @Inject
    GenesysGateway gateway;

    Clock clock = Clock.systemUTC();

    @Override
    public DirectoryPage users(UUID tenantId, int pageNumber, int pageSize) {
        int size = pageSize(pageSize);
        return fetch(tenantId, "users.list", pageNumber, UsersClient.class,
                c -> c.users(size, pageNumber, ALL_STATES));
    }

    @Override
    public DirectoryPage groups(UUID tenantId, int pageNumber, int pageSize) {
        int size = pageSize(pageSize);
        return fetch(tenantId, "groups.list", pageNumber, GroupsClient.class, c -> c.groups(size, pageNumber));
    }

    @Override
    public DirectoryPage groupMembers(UUID tenantId, String groupId, int pageNumber, int pageSize) {
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("a group id is required");
        }
        int size = pageSize(pageSize);
        try {
            return fetch(tenantId, "groups.members", pageNumber, GroupsClient.class,
                    c -> c.members(groupId, size, pageNumber));
        } catch (DirectoryRefusedException e) {
            if (e.status() == 404) {
                // deleted since the groups step listed it: no members now; the next sync marks the group removed
                return new DirectoryPage(List.of(), 0);
            }
            throw e;
        }
    }

    /** The page size asked of Genesys: within 1 and {@value #MAX_PAGE_SIZE}. */
    static int pageSize(int requested) {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, requested));
    }

    private <C> DirectoryPage fetch(UUID tenantId, String endpoint, int pageNumber, Class<C> api,
            Function<C, Response> request) {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("page numbers start at 1, was " + pageNumber);
        }
        GenesysResponse response;
        try {
            gate.requireRunnable(tenantId);
            TenantConnection connection = tenants.activeConnection(tenantId);
            response = gateway.call(connection, Lane.DIRECTORY, endpoint, api, request);
        } catch (RuntimeException e) {
            throw logged(tenantId, endpoint, DirectoryResponses.failure(tenantId, endpoint, e, clock.instant()));
        }
        try {
            return DirectoryResponses.page(tenantId, endpoint, response);
        } catch (RuntimeException e) {
            throw logged(tenantId, endpoint, e);
        }
    }

    private static RuntimeException logged(UUID tenantId, String endpoint, RuntimeException e) {
        if (e instanceof DirectoryRefusedException) {
            LOG.log(Level.WARNING, "directory: tenant {0}: {1} refused: {2}",
                    new Object[] {tenantId, endpoint, e.getMessage()});
        } else if (e instanceof DirectoryUnavailableException) {
            LOG.log(Level.FINE, "directory: tenant {0}: {1} unavailable: {2}",
                    new Object[] {tenantId, endpoint, e.getMessage()});
        }
        return e;
    }
}
