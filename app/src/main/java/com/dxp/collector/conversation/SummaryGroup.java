package com.dxp.collector.conversation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant summary's figures for one queue or one work team: the window's conversations that went through it.
 *
 * @param id   the queue's or team's Genesys id
 * @param name the team's name as the directory stored it; absent for queues (not synced) and unknown teams
 */
@Schema(description = "The window's conversations that went through one queue or one work team.")
public record SummaryGroup(
        @Schema(description = "The queue's or team's Genesys id", example = "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d")
        String id,
        @Schema(description = "The team's name as the directory stored it; absent for queues and unknown teams",
                example = "Billing - Tier 2")
        String name,
        @Schema(description = "Conversations that went through it", example = "4210") long conversations,
        @Schema(description = "Of which with a MOS at all", example = "3980") long withMos,
        @Schema(description = "Of which with a lowest MOS below the summary's threshold", example = "61")
        long poorCalls) {
}
