package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import jakarta.json.stream.JsonGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A hand-written org for the API tests (the generated data lives in another package): a fixed list of
 * conversations and users, written as minimal but SDK-valid analytics and directory JSON.
 */
final class StubOrg {

    static final String DIVISION = "d1d1d1d1-0000-4000-8000-000000000001";

    private final List<StubConversation> conversations = new ArrayList<>();
    private final Map<String, String> userStates = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    StubOrg user(String id, String state) {
        userStates.put(id, state);
        return this;
    }

    StubOrg group(String id, String... members) {
        groups.put(id, List.of(members));
        return this;
    }

    StubOrg conversation(String id, Instant start, Duration length, String mediaType, String direction,
                         String userId, String queueId) {
        conversations.add(new StubConversation(id, start, start.plus(length), mediaType, direction, userId,
                queueId));
        return this;
    }

    SimulatedOrg build(UUID orgId, String name, ClientSpec... clients) {
        OrgSpec spec = new OrgSpec(orgId, name, 1L, conversations.size(), Math.max(1, userStates.size()),
                groups.size(), List.of(clients));
        List<StubConversation> sorted = conversations.stream()
                .sorted(Comparator.comparing(StubConversation::start).thenComparing(StubConversation::conversationId))
                .toList();
        return new SimulatedOrg(spec, new Directory(Map.copyOf(userStates), List.copyOf(userStates.keySet()),
                Map.copyOf(groups), List.copyOf(groups.keySet())), new Catalog(sorted));
    }

    private record Catalog(List<StubConversation> all) implements ConversationCatalog {

        @Override
        public Stream<SimConversation> startingBetween(Instant from, Instant to, Instant asOf) {
            return all.stream().filter(c -> !c.start().isBefore(from) && c.start().isBefore(to)
                    && !c.start().isAfter(asOf)).map(SimConversation.class::cast);
        }

        @Override
        public Stream<SimConversation> overlapping(Instant from, Instant to, Instant asOf) {
            return all.stream().filter(c -> c.start().isBefore(to) && c.end().isAfter(from)
                    && !c.start().isAfter(asOf)).map(SimConversation.class::cast);
        }

        @Override
        public Optional<SimConversation> find(String conversationId, Instant asOf) {
            return all.stream().filter(c -> c.conversationId().equals(conversationId) && !c.start().isAfter(asOf))
                    .map(SimConversation.class::cast).findFirst();
        }
    }

    private record Directory(Map<String, String> states, List<String> userIds, Map<String, List<String>> groups,
                             List<String> groupIds) implements OrgDirectory {

        @Override
        public List<String> agentIds() {
            return userIds;
        }

        @Override
        public List<String> memberIds(String groupId) {
            return groups.getOrDefault(groupId, List.of());
        }

        @Override
        public List<String> queueIds() {
            return List.of("q1", "q2");
        }

        @Override
        public List<String> wrapUpCodeIds() {
            return List.of("w1");
        }

        @Override
        public List<String> divisionIds() {
            return List.of(DIVISION);
        }

        @Override
        public void writeUser(JsonGenerator out, String userId) {
            out.writeStartObject().write("id", userId).write("name", userName(userId))
                    .writeStartObject("division").write("id", DIVISION).write("name", "Home").writeEnd()
                    .write("email", userId + "@example.com").write("state", states.get(userId))
                    .write("username", userId + "@example.com").write("version", 1)
                    .write("selfUri", "/api/v2/users/" + userId).writeEnd();
        }

        @Override
        public void writeGroup(JsonGenerator out, String groupId) {
            out.writeStartObject().write("id", groupId).write("name", "Group " + groupId)
                    .write("memberCount", groups.get(groupId).size()).write("state", "active")
                    .write("type", "official").write("version", 1).write("visibility", "public")
                    .write("selfUri", "/api/v2/groups/" + groupId).writeEnd();
        }

        @Override
        public String userName(String userId) {
            return "User " + userId;
        }
    }

    /** A conversation of one customer and one agent session; complete once it ended. */
    record StubConversation(String conversationId, Instant start, Instant end, String mediaType, String direction,
                            String userId, String queueId) implements SimConversation {

        @Override
        public Instant customerEnd() {
            return end;
        }

        @Override
        public Instant completedAt() {
            return end;
        }

        @Override
        public Set<String> userIds() {
            return Set.of(userId);
        }

        @Override
        public Set<String> queueIds() {
            return Set.of(queueId);
        }

        @Override
        public Set<String> divisionIds() {
            return Set.of(DIVISION);
        }

        @Override
        public String customerParticipantId() {
            return conversationId + "-customer";
        }

        @Override
        public String customerSessionId() {
            return conversationId + "-customer-session";
        }

        @Override
        public String ani() {
            return "tel:+4930123456";
        }

        @Override
        public String dnis() {
            return "tel:+4989987654";
        }

        @Override
        public void writeJson(JsonGenerator out, Instant asOf, boolean withAttributes) {
            boolean complete = !end.isAfter(asOf);
            out.writeStartObject().write("conversationId", conversationId)
                    .write("conversationStart", Json.timestamp(start));
            if (complete) {
                out.write("conversationEnd", Json.timestamp(end));
            }
            out.write("originatingDirection", direction)
                    .writeStartArray("divisionIds").write(DIVISION).writeEnd()
                    .writeStartArray("participants");
            participant(out, customerParticipantId(), "customer", null, withAttributes, complete);
            participant(out, conversationId + "-agent", "agent", userId, withAttributes, complete);
            out.writeEnd().writeEnd();
        }

        private void participant(JsonGenerator out, String participantId, String purpose, String user,
                                 boolean withAttributes, boolean complete) {
            out.writeStartObject().write("participantId", participantId).write("purpose", purpose);
            if (user != null) {
                out.write("userId", user);
            }
            if (withAttributes) {
                out.writeStartObject("attributes").write("crmId", "crm-" + conversationId).writeEnd();
            }
            out.writeStartArray("sessions").writeStartObject()
                    .write("sessionId", participantId + "-session").write("mediaType", mediaType)
                    .write("direction", direction)
                    .writeStartArray("segments").writeStartObject()
                    .write("segmentStart", Json.timestamp(start));
            if (complete) {
                out.write("segmentEnd", Json.timestamp(end));
            }
            out.write("segmentType", "interact").write("queueId", queueId).writeEnd().writeEnd()
                    .writeEnd().writeEnd().writeEnd();
        }
    }
}
