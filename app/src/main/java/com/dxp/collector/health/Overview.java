package com.dxp.collector.health;

import com.dxp.collector.events.QueueStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole service at a glance, for a dashboard: tenants by health, those that need attention, the latest runs by
 * state, the event queues, the enrichment backlog and the quarantine.
 *
 * @param generatedAt              when the tenants' health was worked out
 * @param tenants                  how many tenants there are
 * @param tenantsByStatus          how many have each status (every status listed, zeros too)
 * @param attention                tenants not OK and not PAUSED, worst first
 * @param runsByStatus             the latest run of each job of each tenant, by batch status
 * @param queues                   the SQS queues and their pollers
 * @param enrichmentBacklog        conversations waiting for enrichment, all tenants
 * @param oldestPendingSince       when the one waiting longest was asked for
 * @param quarantinedWaiting       messages waiting in quarantine, all tenants
 * @param quarantinedWithoutTenant of those, messages that name no known tenant (unknown org, unreadable)
 */
@Schema(description = "The whole service at a glance, for a dashboard: tenants by health, those that need "
        + "attention, the latest runs by state, the event queues, the enrichment backlog and the quarantine.")
public record Overview(
        @Schema(description = "When the tenants' health was worked out", example = "2026-12-01T09:31:30.512Z")
        Instant generatedAt,
        @Schema(description = "How many tenants there are", example = "16") long tenants,
        @Schema(description = "How many have each status (every status listed, zeros too)",
                example = "{\"OK\": 12, \"LATE\": 1, \"DEGRADED\": 1, \"ERROR\": 0, \"PAUSED\": 2}")
        Map<String, Long> tenantsByStatus,
        @Schema(description = "Tenants not OK and not PAUSED, worst first") List<TenantBrief> attention,
        @Schema(description = "The latest run of each job of each tenant, by batch status",
                example = "{\"COMPLETED\": 28, \"STARTED\": 2, \"FAILED\": 1}")
        Map<String, Long> runsByStatus,
        @Schema(description = "The SQS queues and their pollers") List<QueueStatus> queues,
        @Schema(description = "Conversations waiting for enrichment, all tenants", example = "412")
        long enrichmentBacklog,
        @Schema(description = "When the one waiting longest was asked for", example = "2026-12-01T09:12:40.118Z")
        Instant oldestPendingSince,
        @Schema(description = "Messages waiting in quarantine, all tenants", example = "5") long quarantinedWaiting,
        @Schema(description = "Of those, messages that name no known tenant (unknown org, unreadable)", example = "3")
        long quarantinedWithoutTenant) {
}
