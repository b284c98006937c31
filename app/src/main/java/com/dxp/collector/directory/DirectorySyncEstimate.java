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
        @Schema(description = "Users expected (stored ones, or the API's count)", example = "1250") long users,
        @Schema(description = "Groups expected", example = "48") long groups,
        @Schema(description = "`stored` or `probe`", example = "stored") String basis,
        @Schema(description = "Calls expected: the user and group pages and one member page per group at least",
                example = "62")
        long apiCalls,
        @Schema(description = "The tenant's API budget", example = "300") int requestsPerMinute,
        @Schema(description = "Expected duration at that budget", example = "0.2") double minutes) {
}
