package com.dxp.collector.genesys.simulator;

import java.util.List;
import java.util.Set;

/** The Genesys Cloud permissions the collector asks tenants for (DESIGN.md §1), as the simulator checks them. */
public final class GenesysPermissions {

    public static final String CONVERSATION_DETAIL_VIEW = "analytics:conversationDetail:view";
    public static final String GROUP_VIEW = "directory:group:view";
    public static final String USER_VIEW = "directory:user:view";

    public static final String FLOW_VIEW = "architect:flow:view";
    public static final String PARTICIPANT_ATTRIBUTES_VIEW = "conversation:participant:attributesview";
    public static final String TEAM_VIEW = "groups:team:view";
    public static final String SEGMENT_VIEW = "journey:segment:view";
    public static final String SESSION_VIEW = "journey:session:view";
    public static final String SKILL_VIEW = "routing:skill:view";

    /** The three permissions the collector cannot work without. */
    public static final List<String> REQUIRED = List.of(CONVERSATION_DETAIL_VIEW, GROUP_VIEW, USER_VIEW);

    /** The six permissions later features use. */
    public static final List<String> OPTIONAL = List.of(FLOW_VIEW, PARTICIPANT_ATTRIBUTES_VIEW, TEAM_VIEW,
            SEGMENT_VIEW, SESSION_VIEW, SKILL_VIEW);

    private GenesysPermissions() {
    }

    /** Every permission above: what a fully granted demo client holds. */
    public static Set<String> all() {
        return Set.copyOf(java.util.stream.Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList());
    }
}
