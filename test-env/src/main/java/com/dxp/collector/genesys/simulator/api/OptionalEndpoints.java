package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.GenesysPermissions;
import java.util.List;

/**
 * The cheapest documented call behind each optional permission, so the collector can probe what a tenant granted:
 * an empty listing when the permission is held, 403 {@code missing.any.permissions} otherwise. Journey sessions
 * have no listing, so the session-by-id GET answers 404 for any id when permitted.
 */
final class OptionalEndpoints {

    private static final int MAX_PAGE_SIZE = 500;

    SimResponse flows(ApiCall call) {
        return emptyPage(call, "/api/v2/flows", GenesysPermissions.FLOW_VIEW);
    }

    SimResponse skills(ApiCall call) {
        return emptyPage(call, "/api/v2/routing/skills", GenesysPermissions.SKILL_VIEW);
    }

    SimResponse segments(ApiCall call) {
        return emptyPage(call, "/api/v2/journey/segments", GenesysPermissions.SEGMENT_VIEW);
    }

    /** {@code TeamEntityListing} is cursor-style: entities, selfUri, no page counts. */
    SimResponse teams(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.TEAM_VIEW);
        return SimResponse.ok(Json.write(g -> g.writeStartObject().writeStartArray("entities").writeEnd()
                .write("selfUri", "/api/v2/teams").writeEnd()));
    }

    SimResponse journeySession(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.SESSION_VIEW);
        throw ApiException.notFound("Unable to find a session with id " + call.pathParam("sessionId"));
    }

    /** {@code POST /api/v2/conversations/participants/attributes/search}: no hits. */
    SimResponse participantAttributes(ApiCall call) {
        PermissionCheck.requireAny(call, GenesysPermissions.PARTICIPANT_ATTRIBUTES_VIEW);
        Json.readObject(call.body());
        return SimResponse.ok(Json.write(g -> g.writeStartObject().writeStartArray("results").writeEnd()
                .writeEnd()));
    }

    private static SimResponse emptyPage(ApiCall call, String path, String permission) {
        PermissionCheck.requireAny(call, permission);
        int[] paging = EntityListings.paging(call, MAX_PAGE_SIZE);
        return SimResponse.ok(EntityListings.page(List.of(), paging[0], paging[1], path, "", (g, id) -> { }));
    }
}
