package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.GenesysPermissions;
import com.dxp.collector.genesys.simulator.OrgReferenceData;
import com.dxp.collector.genesys.simulator.api.RemovedReferenceData.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The endpoints behind the six optional permissions, serving the org's {@link OrgReferenceData}: work teams and
 * their members (cursor paging), routing skills, Architect flows and journey segments (page numbers), journey
 * sessions by id, and the participant attribute search (no hits). A caller without the permission gets 403
 * {@code missing.any.permissions}, so the collector can probe what a tenant granted; removed entities
 * ({@link RemovedReferenceData}) are left out as after a delete.
 */
final class OptionalEndpoints {

    /** Largest {@code pageSize} of the page-numbered listings. */
    static final int MAX_PAGE_SIZE = 500;
    /** Largest {@code pageSize} of the cursor-paged team listings. */
    static final int MAX_CURSOR_PAGE_SIZE = 100;
    private static final List<String> FLOW_SORT_KEYS = List.of("id", "name", "type");

    private final RemovedReferenceData removed;
    private final RemovedUsers removedUsers;

    OptionalEndpoints(RemovedReferenceData removed, RemovedUsers removedUsers) {
        this.removed = removed;
        this.removedUsers = removedUsers;
    }

    /** {@code GET /api/v2/teams}: {@code name} (prefix, any case), {@code expand=entities.division}. */
    SimResponse teams(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.TEAM_VIEW);
        OrgReferenceData data = data(call);
        String name = call.param("name");
        boolean expand = call.params("expand").stream().flatMap(e -> Arrays.stream(e.split(",")))
                .anyMatch("entities.division"::equals);
        List<String> shown = data.teamIds().stream().filter(id -> !removed.isRemoved(Kind.TEAM, id))
                .filter(id -> name == null || startsWithIgnoringCase(data.teamName(id), name)).toList();
        String extra = query("name", name) + (expand ? "&expand=entities.division" : "");
        return SimResponse.ok(CursorListings.page(call, MAX_CURSOR_PAGE_SIZE, data.teamIds(), shown, "/api/v2/teams",
                extra, (g, id) -> data.writeTeam(g, id, expand)));
    }

    /** {@code GET /api/v2/teams/{teamId}/members}: {@code UserReferenceWithName}s; 404 for an unknown team. */
    SimResponse teamMembers(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.TEAM_VIEW);
        OrgReferenceData data = data(call);
        String teamId = call.pathParam("teamId");
        if (!data.teamIds().contains(teamId) || removed.isRemoved(Kind.TEAM, teamId)) {
            throw ApiException.notFound("Unable to find a team with id " + teamId);
        }
        List<String> members = data.teamMemberIds(teamId);
        List<String> shown = members.stream().filter(id -> !removedUsers.isRemoved(id))
                .filter(id -> !removed.isRemovedMember(teamId, id)).toList();
        return SimResponse.ok(CursorListings.page(call, MAX_CURSOR_PAGE_SIZE, members, shown,
                "/api/v2/teams/" + teamId + "/members", "", data::writeTeamMember));
    }

    /** {@code GET /api/v2/routing/skills}: {@code name} (prefix, any case), {@code id} (repeatable, or a list). */
    SimResponse skills(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.SKILL_VIEW);
        int[] paging = EntityListings.paging(call, MAX_PAGE_SIZE);
        OrgReferenceData data = data(call);
        String name = call.param("name");
        Set<String> ids = call.params("id").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        List<String> shown = data.skillIds().stream().filter(id -> !removed.isRemoved(Kind.SKILL, id))
                .filter(id -> name == null || startsWithIgnoringCase(data.skillName(id), name))
                .filter(id -> ids.isEmpty() || ids.contains(id)).toList();
        String extra = query("name", name) + ids.stream().sorted().map(id -> query("id", id))
                .collect(Collectors.joining());
        return SimResponse.ok(EntityListings.page(shown, paging[0], paging[1], "/api/v2/routing/skills", extra,
                data::writeSkill));
    }

    /**
     * {@code GET /api/v2/flows}: {@code type} (repeatable, any case), {@code name} ({@code *} wildcards, any
     * case), {@code sortBy} ({@code id}, {@code name} or {@code type}), {@code sortOrder} ({@code asc}/{@code desc}).
     */
    SimResponse flows(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.FLOW_VIEW);
        int[] paging = EntityListings.paging(call, MAX_PAGE_SIZE);
        OrgReferenceData data = data(call);
        Set<String> types = call.params("type").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toUpperCase(Locale.ROOT)).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        String name = call.param("name");
        Predicate<String> nameMatches = name == null ? id -> true : glob(name).asMatchPredicate();
        String sortBy = call.param("sortBy") == null ? "id" : call.param("sortBy");
        String sortOrder = call.param("sortOrder") == null ? "asc" : call.param("sortOrder").toLowerCase(Locale.ROOT);
        if (!FLOW_SORT_KEYS.contains(sortBy) || !List.of("asc", "desc").contains(sortOrder)) {
            throw ApiException.badRequest("sortBy must be one of " + FLOW_SORT_KEYS + ", sortOrder asc or desc.");
        }
        Comparator<String> order = switch (sortBy) {
            case "name" -> Comparator.comparing(data::flowName);
            case "type" -> Comparator.comparing(data::flowType);
            default -> Comparator.naturalOrder();
        };
        order = order.thenComparing(Comparator.naturalOrder());
        List<String> shown = data.flowIds().stream().filter(id -> !removed.isRemoved(Kind.FLOW, id))
                .filter(id -> types.isEmpty() || types.contains(data.flowType(id)))
                .filter(id -> nameMatches.test(data.flowName(id)))
                .sorted("desc".equals(sortOrder) ? order.reversed() : order).toList();
        String extra = types.stream().sorted().map(t -> query("type", t.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining()) + query("name", name) + query("sortBy", call.param("sortBy"))
                + query("sortOrder", call.param("sortOrder"));
        return SimResponse.ok(EntityListings.page(shown, paging[0], paging[1], "/api/v2/flows", extra,
                data::writeFlow));
    }

    /** {@code GET /api/v2/journey/segments}: {@code isActive} ({@code true}/{@code false}). */
    SimResponse segments(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.SEGMENT_VIEW);
        int[] paging = EntityListings.paging(call, MAX_PAGE_SIZE);
        OrgReferenceData data = data(call);
        String isActive = call.param("isActive");
        if (isActive != null && !List.of("true", "false").contains(isActive)) {
            throw ApiException.badRequest("isActive must be true or false.");
        }
        List<String> shown = data.journeySegmentIds().stream()
                .filter(id -> !removed.isRemoved(Kind.JOURNEY_SEGMENT, id))
                .filter(id -> isActive == null || data.journeySegmentActive(id) == Boolean.parseBoolean(isActive))
                .toList();
        return SimResponse.ok(EntityListings.page(shown, paging[0], paging[1], "/api/v2/journey/segments",
                query("isActive", isActive), data::writeJourneySegment));
    }

    /** {@code GET /api/v2/journey/sessions/{sessionId}}: a session a conversation names, 404 for any other id. */
    SimResponse journeySession(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.SESSION_VIEW);
        String sessionId = call.pathParam("sessionId");
        boolean[] found = new boolean[1];
        byte[] body = Json.write(g -> {
            found[0] = data(call).writeJourneySession(g, sessionId, call.now());
            if (!found[0]) {
                g.writeStartObject().writeEnd(); // a generator must not close empty; the body is dropped
            }
        });
        if (!found[0]) {
            throw ApiException.notFound("Unable to find a session with id " + sessionId);
        }
        return SimResponse.ok(body);
    }

    /** {@code POST /api/v2/conversations/participants/attributes/search}: no hits. */
    SimResponse participantAttributes(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.PARTICIPANT_ATTRIBUTES_VIEW);
        Json.readObject(call.body());
        return SimResponse.ok(Json.write(g -> g.writeStartObject().writeStartArray("results").writeEnd()
                .writeEnd()));
    }

    private static OrgReferenceData data(ApiCall call) {
        return call.grant().org().referenceData();
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** A name pattern with {@code *} wildcards, matched whole and in any case. */
    private static Pattern glob(String pattern) {
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static String query(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
