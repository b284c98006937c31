package com.dxp.collector.directory;

import java.util.List;

/**
 * The complete member list of one group, the item of the memberships step: a group's members are replaced as a
 * whole, so a partial list must never reach the store.
 *
 * @param groupId the group
 * @param userIds its members' user ids
 */
public record GroupMembers(String groupId, List<String> userIds) {

    public GroupMembers {
        userIds = List.copyOf(userIds);
    }
}
