package com.dxp.collector.genesys.simulator.data;

import java.util.List;

/**
 * A group of a simulated org's directory, as {@code GET /api/v2/groups} shows it, with its members.
 *
 * @param id            group id
 * @param name          group name
 * @param description   description
 * @param modifiedMillis {@code dateModified} as epoch milliseconds
 * @param version       entity version
 * @param memberIds     member user ids in listing order
 */
record DirectoryGroup(String id, String name, String description, long modifiedMillis, int version,
                      List<String> memberIds) {

    DirectoryGroup {
        memberIds = List.copyOf(memberIds);
    }
}
