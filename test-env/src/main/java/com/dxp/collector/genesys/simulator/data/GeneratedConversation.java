package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.SimConversation;
import jakarta.json.stream.JsonGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A conversation as generated: its whole timeline (participants, sessions, segments, metrics) up to the last
 * wrap-up. How much of it a detail record shows depends on when it is looked at, which
 * {@link ConversationJsonWriter} decides. Immutable; rebuilt from its id whenever needed.
 */
final class GeneratedConversation implements SimConversation {

    private final ConversationKey key;
    private final long customerEnd;
    private final long end;
    private final long completedAt;
    private final String mediaType;
    private final String direction;
    private final List<String> divisionIds;
    private final List<Participant> participants;
    private final long conferenceStart;
    private final Participant customer;
    private final Set<String> userIds;
    private final Set<String> queueIds;
    private final WildFields wild;

    GeneratedConversation(ConversationKey key, long customerEnd, long end, long completionDelayMillis,
                          String mediaType, String direction, List<String> divisionIds,
                          List<Participant> participants, long conferenceStart, Participant customer,
                          Set<String> userIds, Set<String> queueIds, WildFields wild) {
        this.key = key;
        this.customerEnd = customerEnd;
        this.end = end;
        this.completedAt = Math.max(end, customerEnd + completionDelayMillis);
        this.mediaType = mediaType;
        this.direction = direction;
        this.divisionIds = divisionIds;
        this.participants = participants;
        this.conferenceStart = conferenceStart;
        this.customer = customer;
        this.userIds = userIds;
        this.queueIds = queueIds;
        this.wild = wild;
    }

    @Override
    public String conversationId() {
        return key.id();
    }

    @Override
    public Instant start() {
        return Instant.ofEpochMilli(key.startMillis());
    }

    @Override
    public Instant customerEnd() {
        return Instant.ofEpochMilli(customerEnd);
    }

    @Override
    public Instant end() {
        return Instant.ofEpochMilli(end);
    }

    @Override
    public Instant completedAt() {
        return Instant.ofEpochMilli(completedAt);
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public String direction() {
        return direction;
    }

    @Override
    public Set<String> userIds() {
        return userIds;
    }

    @Override
    public Set<String> queueIds() {
        return queueIds;
    }

    @Override
    public Set<String> divisionIds() {
        return new java.util.LinkedHashSet<>(divisionIds);
    }

    @Override
    public String customerParticipantId() {
        return customer.participantId();
    }

    @Override
    public String customerSessionId() {
        return customer.sessions().get(0).sessionId();
    }

    @Override
    public String ani() {
        return customer.sessions().get(0).ani();
    }

    @Override
    public String dnis() {
        return customer.sessions().get(0).dnis();
    }

    @Override
    public void writeJson(JsonGenerator out, Instant asOf, boolean withAttributes) {
        ConversationJsonWriter.write(this, out, IsoTimestamps.epochMillis(asOf), withAttributes);
    }

    ConversationKey key() {
        return key;
    }

    long startMillis() {
        return key.startMillis();
    }

    long endMillis() {
        return end;
    }

    long customerEndMillis() {
        return customerEnd;
    }

    long completedAtMillis() {
        return completedAt;
    }

    long conferenceStartMillis() {
        return conferenceStart;
    }

    List<String> divisionIdList() {
        return divisionIds;
    }

    List<Participant> participants() {
        return participants;
    }

    Participant customer() {
        return customer;
    }

    /** What a wild org writes into the conversation object beyond the tidy fields. */
    WildFields wild() {
        return wild;
    }

    @Override
    public String toString() {
        return "GeneratedConversation[" + key.id() + " " + mediaType + " " + direction + " "
                + IsoTimestamps.format(key.startMillis()) + "]";
    }
}
