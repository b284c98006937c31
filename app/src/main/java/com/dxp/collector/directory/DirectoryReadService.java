package com.dxp.collector.directory;

import com.dxp.collector.platform.rest.PageCursor;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Pages through a tenant's directory (users, groups, teams, skills, flows, journey segments) for the read API; an unknown tenant is a 404, never an empty page.
 */
@ApplicationScoped
public class DirectoryReadService {

    /** Largest page of users a client may ask for. */
    public static final int MAX_USERS = 1000;

    /** Largest page of groups or teams (each carries its members). */
    public static final int MAX_GROUPS = 100;

    /** Largest page of skills, flows or journey segments. */
    public static final int MAX_ENTITIES = 1000;

    private static final PageCursor USERS = new PageCursor("users");
    private static final PageCursor GROUPS = new PageCursor("groups");
    private static final PageCursor TEAMS = new PageCursor("teams");
    private static final PageCursor SKILLS = new PageCursor("skills");
    private static final PageCursor FLOWS = new PageCursor("flows");
    private static final PageCursor JOURNEY_SEGMENTS = new PageCursor("journeySegments");

    @Inject
    DirectoryRepository repository;

    @Inject
    TenantService tenants;

    public UserPage users(UUID tenantId, String state, Boolean removed, String cursor, int limit) {
        return page(USERS, tenantId, scope(tenantId, state, removed), cursor, limit,
                after -> repository.users(tenantId, state, removed, after, limit + 1), DirectoryUser::userId,
                UserPage::new);
    }

    public GroupPage groups(UUID tenantId, String state, Boolean removed, String cursor, int limit) {
        return page(GROUPS, tenantId, scope(tenantId, state, removed), cursor, limit,
                after -> repository.groups(tenantId, state, removed, after, limit + 1), DirectoryGroup::groupId,
                GroupPage::new);
    }

    public TeamPage teams(UUID tenantId, Boolean removed, String cursor, int limit) {
        return page(TEAMS, tenantId, scope(tenantId, null, removed), cursor, limit,
                after -> repository.teams(tenantId, removed, after, limit + 1), DirectoryTeam::teamId, TeamPage::new);
    }

    public SkillPage skills(UUID tenantId, String state, Boolean removed, String cursor, int limit) {
        return page(SKILLS, tenantId, scope(tenantId, state, removed), cursor, limit,
                after -> repository.skills(tenantId, state, removed, after, limit + 1), RoutingSkill::skillId,
                SkillPage::new);
    }

    public FlowPage flows(UUID tenantId, String type, Boolean removed, String cursor, int limit) {
        return page(FLOWS, tenantId, scope(tenantId, type, removed), cursor, limit,
                after -> repository.flows(tenantId, type, removed, after, limit + 1), ArchitectFlow::flowId,
                FlowPage::new);
    }

    public JourneySegmentPage journeySegments(UUID tenantId, Boolean removed, String cursor, int limit) {
        return page(JOURNEY_SEGMENTS, tenantId, scope(tenantId, null, removed), cursor, limit,
                after -> repository.journeySegments(tenantId, removed, after, limit + 1), JourneySegment::segmentId,
                JourneySegmentPage::new);
    }

    /**
     * One page by id: the rows after the cursor's id, one more than {@code limit} read to know whether a next page
     * exists. The cursor is bound to the query's scope (tenant and filters), so it cannot page another's rows.
     */
    private <T, P> P page(PageCursor kind, UUID tenantId, String scope, String cursor, int limit,
            Function<String, List<T>> read, Function<T, String> id, BiFunction<List<T>, String, P> page) {
        tenants.requireTenant(tenantId);
        String after = cursor == null || cursor.isEmpty() ? null : kind.decode(cursor, scope, 1).get(0);
        PageCursor.Slice<T> slice = kind.slice(read.apply(after), limit, scope, t -> new String[] {id.apply(t)});
        return page.apply(slice.items(), slice.nextCursor());
    }

    private static String scope(UUID tenantId, String state, Boolean removed) {
        return tenantId + "|" + state + "|" + removed;
    }
}
