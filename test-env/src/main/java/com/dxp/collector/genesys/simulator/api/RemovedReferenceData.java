package com.dxp.collector.genesys.simulator.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Teams, skills, flows and journey segments a test has removed while the simulator runs, and users it has taken
 * out of a team: the listings no longer show them, as after a delete in Genesys Cloud, so the collector's "marked
 * removed" logic has something to find. The generated data itself stays as it is.
 */
final class RemovedReferenceData {

    /** What kind of entity an id names; ids are UUIDs, the kind keeps a restore from touching another kind. */
    enum Kind { TEAM, SKILL, FLOW, JOURNEY_SEGMENT }

    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final Set<String> memberships = ConcurrentHashMap.newKeySet();

    void remove(Kind kind, String id) {
        removed.add(kind + ":" + id);
    }

    void restore(Kind kind, String id) {
        removed.remove(kind + ":" + id);
    }

    boolean isRemoved(Kind kind, String id) {
        return !removed.isEmpty() && removed.contains(kind + ":" + id);
    }

    void removeMember(String teamId, String userId) {
        memberships.add(teamId + " " + userId);
    }

    void restoreMember(String teamId, String userId) {
        memberships.remove(teamId + " " + userId);
    }

    boolean isRemovedMember(String teamId, String userId) {
        return !memberships.isEmpty() && memberships.contains(teamId + " " + userId);
    }
}
