package com.dxp.collector.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an admin import stored.
 *
 * @param received  conversation objects in the request
 * @param inserted  stored for the first time
 * @param replaced  replaced a less complete stored record
 * @param unchanged left alone because the stored record was as complete or more (an import never downgrades)
 */
@Schema(description = "What an admin import stored.")
public record ImportResult(
        @Schema(description = "Conversation objects in the request", example = "250") int received,
        @Schema(description = "Stored for the first time", example = "231") int inserted,
        @Schema(description = "Replaced a less complete stored record", example = "12") int replaced,
        @Schema(description = "Left alone because the stored record was as complete or more (an import never "
                + "downgrades)", example = "7")
        int unchanged) {
}
