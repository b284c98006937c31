package com.dxp.collector.health;

import com.dxp.collector.events.StreamCheck;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the collector knows of a tenant, from which its health is judged; shown whole so an operator sees the
 * figures behind the reasons.
 *
 * @param lastEventReceivedAt        the newest event of any topic received for the tenant
 * @param lastConversationEndEventAt the newest customer.end event
 * @param newestConversationStart    the start of the newest conversation stored
 * @param enrichmentBacklog          conversations waiting for enrichment
 * @param oldestPendingSince         when the one waiting longest was asked for
 * @param genesys                    Genesys calls of the last hour
 * @param eventStream                the last event-stream check; absent before the first
 * @param runs                       the latest run of each job
 * @param dataCompleteThrough        up to when every day is proved complete; absent before the first proof
 * @param quarantinedWaiting         messages of the tenant waiting in quarantine
 * @param refusedConversations       records the store could not keep, waiting for a retry
 * @param conversationsPerHour       conversations stored per start hour over the last 24 hours, oldest first; the
 *                                   last is the current hour so far (a dashboard's small chart)
 */
@Schema(description = "What the collector knows of a tenant, from which its health is judged; shown whole so an "
        + "operator sees the figures behind the reasons.")
public record HealthFacts(
        @Schema(description = "The newest event of any topic received for the tenant",
                example = "2026-12-01T09:31:37.044Z") Instant lastEventReceivedAt,
        @Schema(description = "The newest customer.end event", example = "2026-12-01T09:31:12.690Z")
        Instant lastConversationEndEventAt,
        @Schema(description = "The start of the newest conversation stored", example = "2026-12-01T09:30:12.345Z")
        Instant newestConversationStart,
        @Schema(description = "Conversations waiting for enrichment", example = "37") long enrichmentBacklog,
        @Schema(description = "When the one waiting longest was asked for", example = "2026-12-01T09:12:40.118Z")
        Instant oldestPendingSince,
        @Schema(description = "Genesys calls of the last hour") GenesysCalls genesys,
        @Schema(description = "The last event-stream check; absent before the first") StreamCheck eventStream,
        @Schema(description = "The latest run of each job") List<RunState> runs,
        @Schema(description = "Up to when every day is proved complete; absent before the first proof",
                example = "2026-12-01T00:00:00.000Z")
        Instant dataCompleteThrough,
        @Schema(description = "Messages of the tenant waiting in quarantine", example = "2") long quarantinedWaiting,
        @Schema(description = "Records the store could not keep, waiting for a retry", example = "1")
        long refusedConversations,
        @Schema(description = "Conversations stored per UTC start hour over the last 24 hours, oldest first; the last"
                + " is the current hour so far",
                example = "[12, 8, 5, 3, 2, 4, 9, 48, 162, 241, 268, 255, 231, 244, 259, 237, 210, 158, 96, 61, 43,"
                        + " 30, 21, 87]") List<Long> conversationsPerHour) {
}
