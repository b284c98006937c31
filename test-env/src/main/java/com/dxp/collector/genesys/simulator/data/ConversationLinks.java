package com.dxp.collector.genesys.simulator.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Links a drawn conversation to the org's reference data: agents carry their work team ({@code teamId}), about
 * half of the queued conversations ask for skills the answering agent holds ({@code activeSkillIds} on the ACD
 * session, {@code requestedRoutingSkillIds} on queue and agent segments), and a third of inbound web messaging
 * and chat customers come from a journey session ({@code journeyCustomer*}). Everything here is derived after the
 * conversation's own draw, from the agent's team or from generators of its own, so the rest of every
 * conversation stays byte for byte what it was. A journey session id is the conversation id under a keyed
 * mask, so the session can be found from its id alone, with nothing stored.
 */
final class ConversationLinks {

    private static final long VERSION_BITS = 0xF000L;
    private static final long VARIANT_BITS = 0xC000_0000_0000_0000L;

    private final long orgKey;
    private final ReferenceTables tables;
    private final long sessionHigh;
    private final long sessionLow;
    private final long customerHigh;
    private final long customerLow;

    ConversationLinks(long orgKey, ReferenceTables tables) {
        this.orgKey = orgKey;
        this.tables = tables;
        this.sessionHigh = Seeds.mix(orgKey, Seeds.JOURNEY_SESSIONS, 1) & ~VERSION_BITS;
        this.sessionLow = Seeds.mix(orgKey, Seeds.JOURNEY_SESSIONS, 2) & ~VARIANT_BITS;
        this.customerHigh = Seeds.mix(orgKey, Seeds.JOURNEY_CUSTOMERS, 1) & ~VERSION_BITS;
        this.customerLow = Seeds.mix(orgKey, Seeds.JOURNEY_CUSTOMERS, 2) & ~VARIANT_BITS;
    }

    /** The participants of a conversation just drawn, with the links above. */
    List<Participant> link(ConversationKey key, boolean outbound, List<Participant> participants) {
        long item = (key.slot() << 16) | key.index();
        List<String> requested = requestedSkills(item, participants);
        boolean journey = !outbound && Seeds.random(orgKey, Seeds.JOURNEY_SESSIONS, item).nextInt(3) == 0;
        List<Participant> linked = new ArrayList<>(participants.size());
        for (Participant participant : participants) {
            Participant p = participant;
            if ("agent".equals(p.purpose())) {
                p = p.withTeam(tables.teamOf(p.userId()));
            }
            if (!requested.isEmpty() && ("agent".equals(p.purpose()) || "acd".equals(p.purpose()))) {
                p = withRequestedSkills(p, requested);
            }
            if (journey && "customer".equals(p.purpose()) && fromTheWeb(p.sessions().get(0))) {
                Session session = p.sessions().get(0);
                List<Session> sessions = new ArrayList<>(p.sessions());
                sessions.set(0, session.with(session.links().withJourney(mask(key.id(), customerHigh, customerLow),
                        mask(key.id(), sessionHigh, sessionLow))));
                p = p.withSessions(sessions);
            }
            linked.add(p);
        }
        return linked;
    }

    /** The conversation id whose customer came from journey session {@code sessionId}, or null for a non-UUID. */
    String conversationOfJourneySession(String sessionId) {
        try {
            return mask(sessionId, sessionHigh, sessionLow);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean fromTheWeb(Session session) {
        return ConversationFactory.CHAT.equals(session.mediaType()) || "webmessaging".equals(session.messageType());
    }

    /** Half the queued conversations: up to two skills of the first agent, one of the org's when none answered. */
    private List<String> requestedSkills(long item, List<Participant> participants) {
        if (participants.stream().noneMatch(p -> "acd".equals(p.purpose()))) {
            return List.of();
        }
        SplittableRandom r = Seeds.random(orgKey, Seeds.CONVERSATION_SKILLS, item);
        if (r.nextInt(2) != 0) {
            return List.of();
        }
        List<String> held = participants.stream().filter(p -> "agent".equals(p.purpose())).findFirst()
                .map(agent -> tables.userSkills(agent.userId()).stream().map(ReferenceTables.UserSkill::skillId)
                        .limit(2).toList())
                .orElse(List.of());
        if (!held.isEmpty()) {
            return held;
        }
        List<String> all = tables.skillIds();
        return List.of(all.get(r.nextInt(all.size())));
    }

    private static Participant withRequestedSkills(Participant participant, List<String> skillIds) {
        List<Session> sessions = new ArrayList<>(participant.sessions().size());
        for (Session session : participant.sessions()) {
            List<Segment> segments = session.segments().stream()
                    .map(s -> s.queueId() != null && !"wrapup".equals(s.type()) ? s.withRequestedSkills(skillIds) : s)
                    .toList();
            Session changed = session.withSegments(segments);
            if ("acd".equals(participant.purpose())) {
                changed = changed.with(changed.links().withActiveSkills(skillIds));
            }
            sessions.add(changed);
        }
        return participant.withSessions(sessions);
    }

    /** XOR with the mask, keeping the UUID's version and variant: applied twice, the identity. */
    private static String mask(String uuid, long high, long low) {
        UUID id = UUID.fromString(uuid);
        return new UUID(id.getMostSignificantBits() ^ high, id.getLeastSignificantBits() ^ low).toString();
    }
}
