package com.dxp.collector.directory;

import com.dxp.collector.platform.rest.PageCursor;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Pages through a tenant's users and groups for the read API; an unknown tenant is a 404, never an empty page.
 */
@ApplicationScoped
public class DirectoryReadService {

    /** Largest page of users a client may ask for. */
    public static final int MAX_USERS = 1000;

    /** Largest page of groups (each carries its members). */
    public static final int MAX_GROUPS = 100;

    private static final PageCursor USERS = new PageCursor("users");
    private static final PageCursor GROUPS = new PageCursor("groups");

    @Inject
    DirectoryRepository repository;

    @Inject
    TenantService tenants;

    public UserPage users(UUID tenantId, String state, Boolean removed, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        String scope = scope(tenantId, state, removed);
        String after = cursor == null || cursor.isEmpty() ? null : USERS.decode(cursor, scope, 1).get(0);
        PageCursor.Slice<DirectoryUser> page = USERS.slice(repository.users(tenantId, state, removed, after,
                limit + 1), limit, scope, u -> new String[] {u.userId()});
        return new UserPage(page.items(), page.nextCursor());
    }

    public GroupPage groups(UUID tenantId, String state, Boolean removed, String cursor, int limit) {
        tenants.requireTenant(tenantId);
        String scope = scope(tenantId, state, removed);
        String after = cursor == null || cursor.isEmpty() ? null : GROUPS.decode(cursor, scope, 1).get(0);
        PageCursor.Slice<DirectoryGroup> page = GROUPS.slice(repository.groups(tenantId, state, removed, after,
                limit + 1), limit, scope, g -> new String[] {g.groupId()});
        return new GroupPage(page.items(), page.nextCursor());
    }

    private static String scope(UUID tenantId, String state, Boolean removed) {
        return tenantId + "|" + state + "|" + removed;
    }
}
