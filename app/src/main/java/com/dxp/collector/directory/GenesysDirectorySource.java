package com.dxp.collector.directory;

import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.FlowsClient;
import com.dxp.collector.genesys.GroupsClient;
import com.dxp.collector.genesys.JourneyClient;
import com.dxp.collector.genesys.Lane;
import com.dxp.collector.genesys.RoutingSkillsClient;
import com.dxp.collector.genesys.TeamsClient;
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
 * taken for removed, and with their skills when the tenant granted {@code routing:skill:view}. Teams and their
 * members page by cursor, the other listings by page number; flows are sorted by id so pages do not shift.
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

    @Inject
    DirectoryConfig config;

    Clock clock = Clock.systemUTC();

    @Override
    public DirectoryPage page(UUID tenantId, DirectoryKind kind, PagePosition at, int pageSize) {
        int size = pageSize(pageSize);
        int n = at.pageNumber();
        return switch (kind) {
            case USERS -> {
                String expand = DirectoryPermissions.withUserSkills(gate.grantedPermissions(tenantId)) ? "skills"
                        : null;
                yield fetch(tenantId, "users.list", false, UsersClient.class,
                        c -> c.users(size, n, ALL_STATES, expand));
            }
            case GROUPS -> fetch(tenantId, "groups.list", false, GroupsClient.class, c -> c.groups(size, n));
            case TEAMS -> fetch(tenantId, "teams.list", true, TeamsClient.class,
                    c -> c.teams(Math.min(size, config.cursorPageSize()), at.cursor(), "entities.division"));
            case SKILLS -> fetch(tenantId, "routing.skills.list", false, RoutingSkillsClient.class,
                    c -> c.skills(size, n));
            case FLOWS -> fetch(tenantId, "flows.list", false, FlowsClient.class, c -> c.flows(size, n, "id", "asc"));
            case JOURNEY_SEGMENTS -> fetch(tenantId, "journey.segments.list", false, JourneyClient.class,
                    c -> c.segments(size, n));
        };
    }

    @Override
    public DirectoryPage members(UUID tenantId, DirectoryKind kind, String ownerId, PagePosition at, int pageSize) {
        if (ownerId == null || ownerId.isBlank()) {
            throw new IllegalArgumentException("a group or team id is required");
        }
        int size = pageSize(pageSize);
        try {
            return switch (kind) {
                case GROUPS -> fetch(tenantId, "groups.members", false, GroupsClient.class,
                        c -> c.members(ownerId, size, at.pageNumber()));
                case TEAMS -> fetch(tenantId, "teams.members", true, TeamsClient.class,
                        c -> c.members(ownerId, Math.min(size, config.cursorPageSize()), at.cursor()));
                default -> throw new IllegalArgumentException(kind.label() + " have no members");
            };
        } catch (DirectoryRefusedException e) {
            if (e.status() == 404) {
                // deleted since the listing step read it: no members now; the next sync marks it removed
                return new DirectoryPage(List.of(), 0);
            }
            throw e;
        }
    }

    /** The page size asked of Genesys: within 1 and {@value #MAX_PAGE_SIZE}. */
    static int pageSize(int requested) {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, requested));
    }

    private <C> DirectoryPage fetch(UUID tenantId, String endpoint, boolean cursored, Class<C> api,
            Function<C, Response> request) {
        GenesysResponse response;
        try {
            gate.requireRunnable(tenantId);
            TenantConnection connection = tenants.activeConnection(tenantId);
            response = gateway.call(connection, Lane.DIRECTORY, endpoint, api, request);
        } catch (RuntimeException e) {
            throw logged(tenantId, endpoint, DirectoryResponses.failure(tenantId, endpoint, e, clock.instant()));
        }
        try {
            return DirectoryResponses.page(tenantId, endpoint, response, cursored);
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
