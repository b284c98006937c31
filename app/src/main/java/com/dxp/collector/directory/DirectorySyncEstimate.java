package com.dxp.collector.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a directory sync will cost.
 *
 * @param users             users expected (stored ones, or the API's count)
 * @param groups            groups expected
 * @param basis             {@code stored} or {@code probe}
 * @param apiCalls          calls expected: the user and group pages and one member page per group at least
 * @param requestsPerMinute the tenant's API budget
 * @param minutes           expected duration at that budget
 */
@Schema(description = "What a directory sync will cost.")
public record DirectorySyncEstimate(
        @Schema(description = "Users expected (stored ones, or the API's count)") long users,
        @Schema(description = "Groups expected") long groups,
        @Schema(description = "`stored` or `probe`") String basis,
        @Schema(description = "Calls expected: the user and group pages and one member page per group at least")
        long apiCalls,
        @Schema(description = "The tenant's API budget") int requestsPerMinute,
        @Schema(description = "Expected duration at that budget") double minutes) {
}
