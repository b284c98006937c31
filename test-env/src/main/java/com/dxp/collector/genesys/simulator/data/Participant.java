package com.dxp.collector.genesys.simulator.data;

import java.util.List;

/**
 * One participant of a conversation ({@code AnalyticsParticipant}).
 *
 * @param participantId   participant id
 * @param participantName display name (user, queue, flow or caller), or null (wild orgs)
 * @param purpose         {@code customer}, {@code external}, {@code ivr}, {@code acd}, {@code agent}, or null
 * @param userId          the agent's user id, or null
 * @param attributes      participant data as key, value, key, value... (async job results only)
 * @param sessions        sessions in time order
 * @param wild            what a wild org writes beyond the tidy fields
 * @param teamId          the agent's work team, or null
 */
record Participant(String participantId, String participantName, String purpose, String userId,
                   List<String> attributes, List<Session> sessions, WildFields wild, String teamId) {

    /** A tidy participant. */
    Participant(String participantId, String participantName, String purpose, String userId,
                List<String> attributes, List<Session> sessions) {
        this(participantId, participantName, purpose, userId, attributes, sessions, WildFields.NONE, null);
    }

    /** The same participant under another name and purpose (either may be null). */
    Participant withNameAndPurpose(String name, String changedPurpose) {
        return new Participant(participantId, name, changedPurpose, userId, attributes, sessions, wild, teamId);
    }

    Participant withName(String name) {
        return withNameAndPurpose(name, purpose);
    }

    Participant withAttributes(List<String> changed) {
        return new Participant(participantId, participantName, purpose, userId, List.copyOf(changed), sessions,
                wild, teamId);
    }

    Participant withSessions(List<Session> changed) {
        return new Participant(participantId, participantName, purpose, userId, attributes, List.copyOf(changed),
                wild, teamId);
    }

    Participant withTeam(String changed) {
        return new Participant(participantId, participantName, purpose, userId, attributes, sessions, wild, changed);
    }

    Participant with(WildFields fields) {
        return new Participant(participantId, participantName, purpose, userId, attributes, sessions, fields,
                teamId);
    }
}
