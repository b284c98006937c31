package com.dxp.collector.conversation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a tenant's store holds over a window: conversations per UTC day, the share of poor calls among those with a
 * voice-quality figure, the latest conversation stored, and the completeness watermark.
 *
 * @param poorMosThreshold      a call whose lowest MOS is below this is poor
 * @param poorCallShare         poor calls / calls with a MOS over the window; absent without any MOS
 * @param latestConversationStart start of the tenant's latest stored conversation (any time, not only the window)
 * @param dataCompleteThrough   the instant up to which every conversation is stored complete; null until
 *                              reconciliation (the last step of a backfill) has proved a first day
 */
public record TenantSummary(UUID tenantId, Instant from, Instant to, double poorMosThreshold,
        long conversations, long withMos, long poorCalls, long incomplete, Double poorCallShare,
        Instant latestConversationStart, @JsonbNillable Instant dataCompleteThrough, List<DailyConversations> days) {
}
