package com.dxp.collector.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a retry of set-aside conversation records did.
 *
 * @param tried   records taken from the set-aside list
 * @param stored  stored now, and so taken off the list
 * @param refused refused again (they stay, one refusal more)
 */
@Schema(description = "What a retry of set-aside conversation records did.")
public record RetryOutcome(
        @Schema(description = "Records taken from the set-aside list", example = "3") int tried,
        @Schema(description = "Stored now, and so taken off the list", example = "2") int stored,
        @Schema(description = "Refused again (they stay, one refusal more)", example = "1") int refused) {
}
