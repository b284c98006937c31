package com.dxp.collector.directory;

import java.util.List;

/**
 * The complete member list of one group or team, the item of the memberships step: members are replaced as a
 * whole, so a partial list must never reach the store.
 *
 * @param ownerId the group or team
 * @param userIds its members' user ids
 */
public record MemberList(String ownerId, List<String> userIds) {

    public MemberList {
        userIds = List.copyOf(userIds);
    }
}
