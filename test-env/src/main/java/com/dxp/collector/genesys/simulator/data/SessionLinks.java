package com.dxp.collector.genesys.simulator.data;

import java.util.List;

/**
 * What a session names beyond itself: the routing skills active on it ({@code activeSkillIds}, ACD sessions) and
 * the journey session the customer browsed in before ({@code journeyCustomer*}, some web messaging and chat
 * sessions). Kept apart from {@link Session} because they are drawn afterwards, from generators of their own
 * ({@link ConversationLinks}), so that the conversation's own draw stays as it was.
 *
 * @param activeSkillIds           skill ids, or empty
 * @param journeyCustomerId        {@code journeyCustomerId}, or null when no journey session is named
 * @param journeyCustomerSessionId {@code journeyCustomerSessionId}, or null
 */
record SessionLinks(List<String> activeSkillIds, String journeyCustomerId, String journeyCustomerSessionId) {

    static final SessionLinks NONE = new SessionLinks(List.of(), null, null);

    /** {@code journeyCustomerIdType}: the journey SDK's cookie id. */
    static final String CUSTOMER_ID_TYPE = "cookie";
    /** {@code journeyCustomerSessionIdType}: a web session. */
    static final String SESSION_ID_TYPE = "web";

    SessionLinks {
        activeSkillIds = List.copyOf(activeSkillIds);
    }

    SessionLinks withActiveSkills(List<String> skillIds) {
        return new SessionLinks(skillIds, journeyCustomerId, journeyCustomerSessionId);
    }

    SessionLinks withJourney(String customerId, String sessionId) {
        return new SessionLinks(activeSkillIds, customerId, sessionId);
    }
}
