package com.dxp.collector.genesys.simulator.data;

import java.util.List;

/**
 * One participant of a conversation ({@code AnalyticsParticipant}).
 *
 * @param participantId   participant id
 * @param participantName display name (user, queue, flow or caller)
 * @param purpose         {@code customer}, {@code external}, {@code ivr}, {@code acd}, {@code agent}
 * @param userId          the agent's user id, or null
 * @param attributes      participant data as key, value, key, value... (async job results only)
 * @param sessions        sessions in time order
 */
record Participant(String participantId, String participantName, String purpose, String userId,
                   List<String> attributes, List<Session> sessions) {
}
