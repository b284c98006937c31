package com.dxp.collector.genesys.simulator;

/**
 * One simulated org: its spec and the data generated from it.
 *
 * @param spec          what defines the org
 * @param directory     its users, groups, queues
 * @param conversations its conversations
 * @param referenceData its teams, skills, flows and journey data (behind the optional permissions)
 */
public record SimulatedOrg(OrgSpec spec, OrgDirectory directory, ConversationCatalog conversations,
                          OrgReferenceData referenceData) {

    /** An org without reference data: the optional listings are empty (hand-written test orgs). */
    public SimulatedOrg(OrgSpec spec, OrgDirectory directory, ConversationCatalog conversations) {
        this(spec, directory, conversations, OrgReferenceData.NONE);
    }
}
