package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.RunExecution;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A directory sync run as operators see it.
 *
 * @param id            the run (the job instance); stop and restart name it
 * @param syncStartedAt what "seen in this sync" is measured from: users and groups not seen since are marked removed
 * @param execution     its latest execution (status, exit status, times); null when the repository lost it
 * @param figures       apiCalls, users, groups, memberships, removedUsers, removedGroups so far
 * @param estimate      API calls expected, from the directory's size
 */
public record DirectorySyncRun(long id, UUID tenantId, String requestedBy, Instant requestedAt,
                               Instant syncStartedAt, RunExecution execution, Map<String, Long> figures,
                               DirectorySyncEstimate estimate) {
}
