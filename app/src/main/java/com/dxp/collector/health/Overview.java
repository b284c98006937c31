package com.dxp.collector.health;

import com.dxp.collector.events.QueueStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
public record Overview(Instant generatedAt, long tenants, Map<String, Long> tenantsByStatus,
                       List<TenantBrief> attention, Map<String, Long> runsByStatus, List<QueueStatus> queues,
                       long enrichmentBacklog, Instant oldestPendingSince, long quarantinedWaiting,
                       long quarantinedWithoutTenant) {
}
