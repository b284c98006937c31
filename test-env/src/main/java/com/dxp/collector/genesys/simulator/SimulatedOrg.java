package com.dxp.collector.genesys.simulator;

/**
 * One simulated org: its spec and the data generated from it.
 *
 * @param spec          what defines the org
 * @param directory     its users, groups, queues
 * @param conversations its conversations
 */
public record SimulatedOrg(OrgSpec spec, OrgDirectory directory, ConversationCatalog conversations) {
}
