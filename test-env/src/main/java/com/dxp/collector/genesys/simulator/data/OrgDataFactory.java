package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Creates the data of a simulated org from its spec: the directory is generated once, conversations on demand.
 * Everything follows from the spec (seed and org id), so two factories for the same spec, in the same or in
 * different JVMs, serve byte-identical payloads for the same window and instant.
 */
public final class OrgDataFactory {

    private static final Logger LOG = Logger.getLogger(OrgDataFactory.class.getName());

    /**
     * No conversation of a tidy org lasts longer: how far back a consumer must look for one still running. The
     * customer of a wild org's conversation leaves within it too, but its record may stay open for
     * {@link #MAX_WILD_CONVERSATION_DURATION}.
     */
    public static final Duration MAX_CONVERSATION_DURATION = ConversationFactory.MAX_DURATION;

    /** No conversation of a wild org lasts longer (its long-lived ones last more than seven days). */
    public static final Duration MAX_WILD_CONVERSATION_DURATION = WildSchedule.LONGEST_LIFE;

    private OrgDataFactory() {
    }

    public static SimulatedOrg create(OrgSpec spec, SimulatorSettings settings) {
        long orgKey = Seeds.orgKey(spec);
        GeneratedDirectory directory = new GeneratedDirectory(spec);
        SlotTraffic traffic = new SlotTraffic(orgKey, spec.conversationsPerDay(), DailyCurve.standard());
        ConversationIds ids = new ConversationIds(orgKey);
        WildSchedule schedule = spec.wildData() ? WildSchedule.wild(orgKey, new DayFirsts(traffic, ids))
                : WildSchedule.tidy();
        ReferenceTables tables = new ReferenceTables(spec, directory);
        ConversationLinks links = new ConversationLinks(orgKey, tables);
        ConversationFactory conversations = new ConversationFactory(directory, orgKey, settings.completionDelay(),
                schedule, links);
        GeneratedConversationCatalog catalog = new GeneratedConversationCatalog(traffic, ids, conversations,
                schedule);
        LOG.fine(() -> "simulated org " + spec.orgId() + " (" + spec.name() + "): " + directory.userIds().size()
                + " users, " + directory.agentIds().size() + " agents, " + directory.groupIds().size()
                + " groups, " + directory.queueIds().size() + " queues, ~" + spec.conversationsPerDay()
                + " conversations per day" + (spec.wildData() ? ", wild data" : ""));
        return new SimulatedOrg(spec, directory, catalog,
                new GeneratedReferenceData(tables, links, catalog, orgKey, spec.wildData()));
    }
}
