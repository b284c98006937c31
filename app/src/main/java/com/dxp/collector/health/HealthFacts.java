package com.dxp.collector.health;

import com.dxp.collector.events.StreamCheck;
import java.time.Instant;
import java.util.List;

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
 */
public record HealthFacts(Instant lastEventReceivedAt, Instant lastConversationEndEventAt,
                          Instant newestConversationStart, long enrichmentBacklog, Instant oldestPendingSince,
                          GenesysCalls genesys, StreamCheck eventStream, List<RunState> runs,
                          Instant dataCompleteThrough, long quarantinedWaiting, long refusedConversations) {
}
