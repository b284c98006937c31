package com.dxp.collector.conversation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a tenant's store holds over a window: conversations per UTC day, the share of poor calls among those with a
 * voice-quality figure, the latest conversation stored, and the completeness watermark.
 *
 * @param poorMosThreshold      a call whose lowest MOS is below this is poor
 * @param poorCallShare         poor calls / calls with a MOS over the window; absent without any MOS
 * @param latestConversationStart start of the tenant's latest stored conversation (any time, not only the window)
 * @param dataCompleteThrough   the instant up to which every conversation is stored complete; null until
 *                              reconciliation (the last step of a backfill) has proved a first day
 * @param mosBands              the window's conversations with a MOS per band of lowest MOS (a distribution that
 *                              reads the same for every tenant)
 * @param byQueue               the busiest queues of the window, with their figures
 * @param byTeam                the busiest work teams of the window, with their figures
 */
@Schema(description = "What a tenant's store holds over a window: conversations per UTC day, the share of poor "
        + "calls among those with a voice-quality figure, the latest conversation stored, and the completeness "
        + "watermark.")
public record TenantSummary(
        @Schema(description = "The tenant", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10") UUID tenantId,
        @Schema(description = "Start of the window (inclusive)", example = "2026-11-01T00:00:00.000Z") Instant from,
        @Schema(description = "End of the window (exclusive)", example = "2026-12-01T00:00:00.000Z") Instant to,
        @Schema(description = "A call whose lowest MOS is below this is poor", example = "3.5") double poorMosThreshold,
        @Schema(description = "Conversations that started in the window", example = "126540") long conversations,
        @Schema(description = "Of which with a MOS at all", example = "98210") long withMos,
        @Schema(description = "Of which with a lowest MOS below `poorMosThreshold`", example = "1843") long poorCalls,
        @Schema(description = "Of which still incomplete", example = "12") long incomplete,
        @Schema(description = "Poor calls / calls with a MOS over the window; absent without any MOS",
                example = "0.0188")
        Double poorCallShare,
        @Schema(description = "Start of the tenant's latest stored conversation (any time, not only the window)",
                example = "2026-12-01T09:30:12.345Z")
        Instant latestConversationStart,
        @Schema(description = "The instant up to which every conversation is stored complete; null until "
                + "reconciliation (the last step of a backfill) has proved a first day",
                example = "2026-12-01T00:00:00.000Z")
        @JsonbNillable Instant dataCompleteThrough,
        @Schema(description = "Per UTC day of the window that has conversations") List<DailyConversations> days,
        @Schema(description = "The window's conversations with a MOS per band of lowest MOS, lowest band first")
        List<MosBand> mosBands,
        @Schema(description = "The window's busiest queues (at most 50), each with the conversations that went"
                + " through it; a conversation counts once per queue")
        List<SummaryGroup> byQueue,
        @Schema(description = "The window's busiest work teams (at most 50), each with the conversations one of its"
                + " agents took: the team Genesys recorded on the participant, or its user's team as the last"
                + " directory sync stored it; a conversation counts once per team")
        List<SummaryGroup> byTeam) {
}
