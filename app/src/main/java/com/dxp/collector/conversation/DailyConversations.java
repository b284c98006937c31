package com.dxp.collector.conversation;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant's conversations that started on one UTC day.
 *
 * @param withMos    those with a voice-quality figure (MOS) at all
 * @param poorCalls  those whose lowest MOS is below the summary's threshold
 * @param incomplete those still waiting for their end or an open segment
 */
@Schema(description = "A tenant's conversations that started on one UTC day.")
public record DailyConversations(
        @Schema(description = "The UTC day", example = "2026-11-30") LocalDate day,
        @Schema(description = "Conversations that started that day", example = "4210") long conversations,
        @Schema(description = "Those with a voice-quality figure (MOS) at all", example = "3268") long withMos,
        @Schema(description = "Those whose lowest MOS is below the summary's threshold", example = "61") long poorCalls,
        @Schema(description = "Those still waiting for their end or an open segment", example = "0") long incomplete) {
}
