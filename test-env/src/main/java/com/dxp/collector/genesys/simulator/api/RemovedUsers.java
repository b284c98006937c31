package com.dxp.collector.genesys.simulator.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users a test has removed from their org while the simulator runs: the listings no longer show them in any state
 * nor as group members, as after a hard delete in Genesys Cloud. The generated directory itself stays as it is.
 */
final class RemovedUsers {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    void remove(String userId) {
        ids.add(userId);
    }

    void restore(String userId) {
        ids.remove(userId);
    }

    boolean isRemoved(String userId) {
        return ids.contains(userId);
    }
}
