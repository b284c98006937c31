package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The directory listings the collector syncs: {@code GET /api/v2/users} (with {@code state} active, inactive or
 * any), {@code GET /api/v2/groups} and {@code GET /api/v2/groups/{groupId}/members}, paged in the standard envelope.
 */
final class DirectoryEndpoints {

    private static final List<String> STATES = List.of("active", "inactive", "deleted", "any");

    private final SimulatorSettings settings;
    private final RemovedUsers removed;
    private final RemovedReferenceData removedReferenceData;
    /** Per org, each user's {@code state} as the directory writes it; the directory is immutable, so cache it. */
    private final Map<UUID, Map<String, String>> userStates = new ConcurrentHashMap<>();

    DirectoryEndpoints(SimulatorSettings settings, RemovedUsers removed, RemovedReferenceData removedReferenceData) {
        this.settings = settings;
        this.removedReferenceData = removedReferenceData;
        this.removed = removed;
    }

    SimResponse users(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.USER_VIEW);
        int[] paging = EntityListings.paging(call, settings.maxUsersPageSize());
        String state = call.param("state") == null ? "active" : call.param("state");
        if (!STATES.contains(state)) {
            throw ApiException.badRequest("Invalid state " + state + ".");
        }
        SimulatedOrg org = call.grant().org();
        Map<String, String> states = states(org);
        List<String> ids = org.directory().userIds().stream().filter(id -> !removed.isRemoved(id))
                .filter(id -> "any".equals(state) || state.equals(states.get(id))).toList();
        String extra = call.param("state") == null ? "" : "&state=" + state;
        if (!expandsSkills(call)) {
            return SimResponse.ok(EntityListings.page(ids, paging[0], paging[1], "/api/v2/users", extra,
                    org.directory()::writeUser));
        }
        OrgReferenceData data = org.referenceData();
        Predicate<String> shown = id -> !removedReferenceData.isRemoved(RemovedReferenceData.Kind.SKILL, id);
        return SimResponse.ok(EntityListings.page(ids, paging[0], paging[1], "/api/v2/users",
                extra + "&expand=skills", (g, id) -> org.directory().writeUser(g, id,
                        more -> data.writeUserSkills(more, id, shown))));
    }

    /**
     * Whether {@code expand} asks for {@code skills} and the caller may see them: expand is best-effort, so a
     * client without {@code routing:skill:view} gets the users without skills rather than a 403.
     */
    private static boolean expandsSkills(ApiCall call) {
        return call.grant().has(GenesysPermissions.SKILL_VIEW) && call.params("expand").stream()
                .flatMap(e -> java.util.Arrays.stream(e.split(","))).anyMatch("skills"::equals);
    }

    SimResponse groups(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.GROUP_VIEW);
        int[] paging = EntityListings.paging(call, settings.maxUsersPageSize());
        OrgDirectory directory = call.grant().org().directory();
        return SimResponse.ok(EntityListings.page(directory.groupIds(), paging[0], paging[1], "/api/v2/groups", "",
                directory::writeGroup));
    }

    SimResponse members(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.GROUP_VIEW);
        int[] paging = EntityListings.paging(call, settings.maxUsersPageSize());
        OrgDirectory directory = call.grant().org().directory();
        String groupId = call.pathParam("groupId");
        if (!directory.groupIds().contains(groupId)) {
            throw ApiException.notFound("Unable to find a group with id " + groupId);
        }
        List<String> members = directory.memberIds(groupId).stream().filter(id -> !removed.isRemoved(id)).toList();
        return SimResponse.ok(EntityListings.page(members, paging[0], paging[1],
                "/api/v2/groups/" + groupId + "/members", "", directory::writeUser));
    }

    private Map<String, String> states(SimulatedOrg org) {
        return userStates.computeIfAbsent(org.spec().orgId(), id -> {
            Map<String, String> states = new ConcurrentHashMap<>();
            for (String userId : org.directory().userIds()) {
                JsonObject user = Json.readObject(Json.write(g -> org.directory().writeUser(g, userId)));
                states.put(userId, user.getString("state", "active"));
            }
            return states;
        });
    }
}
