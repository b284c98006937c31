package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.RunExecution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A directory sync run as operators see it.
 *
 * @param id            the run (the job instance); stop and restart name it
 * @param syncStartedAt what "seen in this sync" is measured from: users and groups not seen since are marked removed
 * @param execution     its latest execution (status, exit status, times); null when the repository lost it
 * @param figures       apiCalls, then per kind copied its count, memberships and removals so far
 * @param estimate      API calls expected, from the directory's size
 * @param parts         the kinds this sync copies
 * @param leftOut       the kinds it leaves out, each with the permission that would enable it
 */
@Schema(description = "A directory sync run as operators see it.")
public record DirectorySyncRun(
        @Schema(description = "The run (the job instance); stop and restart name it", example = "1023") long id,
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "The account that asked for it", example = "admin") String requestedBy,
        @Schema(description = "When it was asked for", example = "2026-12-01T03:00:00.412Z") Instant requestedAt,
        @Schema(description = "What \"seen in this sync\" is measured from: users and groups not seen since are "
                + "marked removed", example = "2026-12-01T03:00:00.412Z")
        Instant syncStartedAt,
        @Schema(description = "Its latest execution (status, exit status, times); null when the repository lost it")
        RunExecution execution,
        @Schema(description = "Counts so far: `apiCalls`; per kind copied its count (`users`, `groups`, `teams`,"
                + " `skills`, `flows`, `journeySegments`) and removals (`removedUsers`...); `memberships` (groups) and"
                + " `teamMemberships`",
                example = "{\"apiCalls\": 62, \"users\": 1250, \"groups\": 48, \"memberships\": 48,"
                        + " \"removedUsers\": 3, \"removedGroups\": 0}")
        Map<String, Long> figures,
        @Schema(description = "API calls expected, from the directory's size") DirectorySyncEstimate estimate,
        @Schema(description = "The kinds this sync copies", example = "[\"users\", \"groups\", \"teams\"]")
        List<String> parts,
        @Schema(description = "The kinds it leaves out, each with the permission that would enable it",
                example = "{\"skills\": \"routing:skill:view was not granted at the tenant's last verification;"
                        + " grant it and verify the tenant again to sync skills\"}")
        Map<String, String> leftOut) {
}
