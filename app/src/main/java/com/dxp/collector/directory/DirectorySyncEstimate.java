package com.dxp.collector.directory;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a directory sync will cost, and what it will copy.
 *
 * @param users             users expected (stored ones, or the API's count)
 * @param groups            groups expected
 * @param entities          entities expected per kind copied ({@code users}, {@code teams}...)
 * @param basis             {@code stored} or {@code probe}
 * @param apiCalls          calls expected: the pages of each kind and one member page per group and team at least
 * @param requestsPerMinute the tenant's API budget
 * @param minutes           expected duration at that budget
 * @param parts             the kinds the sync copies
 * @param leftOut           the kinds it leaves out, each with the permission that would enable it
 */
@Schema(description = "What a directory sync will cost, and what it will copy.")
public record DirectorySyncEstimate(
        @Schema(description = "Users expected (stored ones, or the API's count)", example = "1250") long users,
        @Schema(description = "Groups expected", example = "48") long groups,
        @Schema(description = "Entities expected per kind copied",
                example = "{\"users\": 1250, \"groups\": 48, \"teams\": 20, \"skills\": 130}")
        Map<String, Long> entities,
        @Schema(description = "`stored` or `probe`", example = "stored") String basis,
        @Schema(description = "Calls expected: the pages of each kind and one member page per group and team at"
                + " least", example = "84")
        long apiCalls,
        @Schema(description = "The tenant's API budget", example = "300") int requestsPerMinute,
        @Schema(description = "Expected duration at that budget", example = "0.3") double minutes,
        @Schema(description = "The kinds the sync copies", example = "[\"users\", \"groups\", \"teams\", \"skills\"]")
        List<String> parts,
        @Schema(description = "The kinds it leaves out, each with the permission that would enable it",
                example = "{\"flows\": \"architect:flow:view was not granted at the tenant's last verification;"
                        + " grant it and verify the tenant again to sync flows\"}")
        Map<String, String> leftOut) {
}
