package com.dxp.collector.genesys.simulator.events;

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
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Small hand-written simulated orgs, standing in for the data side. */
final class StubOrgs {

    private StubOrgs() {
    }

    /** An org with these conversations and {@code agents} agents. */
    static StubOrg org(long seed, List<? extends SimConversation> conversations, int agents) {
        OrgSpec spec = new OrgSpec(SeededIds.derive(seed, "org"), "Stub org " + seed, seed, 1000, Math.max(1, agents),
                1, List.of());
        List<String> agentIds = IntStream.range(0, agents)
                .mapToObj(i -> SeededIds.derive(seed, "agent", i).toString()).toList();
        StubCatalog catalog = new StubCatalog(conversations);
        return new StubOrg(new SimulatedOrg(spec, new StubDirectory(agentIds), catalog), catalog);
    }

    /**
     * {@code count} voice conversations starting {@code spacing} apart from {@code first}, each with a customer
     * part of 1 to 20 minutes (seeded).
     */
    static List<StubConversation> conversations(long seed, Instant first, int count, Duration spacing) {
        SplittableRandom random = new SplittableRandom(seed);
        List<StubConversation> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = first.plus(spacing.multipliedBy(i));
            Instant customerEnd = start.plusMillis(60_000 + random.nextLong(19 * 60_000));
            list.add(StubConversation.voice(SeededIds.derive(seed, "conversation", i).toString(), start, customerEnd));
        }
        return list;
    }

    /** The org and its catalog, which records the windows it was asked for. */
    record StubOrg(SimulatedOrg org, StubCatalog catalog) {
    }

    static final class StubCatalog implements ConversationCatalog {

        private final List<SimConversation> conversations;
        final List<Instant[]> queries = new CopyOnWriteArrayList<>();

        StubCatalog(List<? extends SimConversation> conversations) {
            this.conversations = conversations.stream()
                    .sorted(Comparator.comparing(SimConversation::start).thenComparing(SimConversation::conversationId))
                    .map(SimConversation.class::cast).toList();
        }

        @Override
        public Stream<SimConversation> startingBetween(Instant from, Instant to, Instant asOf) {
            queries.add(new Instant[] {from, to, asOf});
            return conversations.stream()
                    .filter(c -> !c.start().isBefore(from) && c.start().isBefore(to) && !c.start().isAfter(asOf));
        }

        @Override
        public Stream<SimConversation> overlapping(Instant from, Instant to, Instant asOf) {
            return conversations.stream()
                    .filter(c -> c.start().isBefore(to) && c.end().isAfter(from) && !c.start().isAfter(asOf));
        }

        @Override
        public Optional<SimConversation> find(String conversationId, Instant asOf) {
            return conversations.stream()
                    .filter(c -> c.conversationId().equals(conversationId) && !c.start().isAfter(asOf)).findFirst();
        }
    }

    static final class StubDirectory implements OrgDirectory {

        private final List<String> agentIds;

        StubDirectory(List<String> agentIds) {
            this.agentIds = List.copyOf(agentIds);
        }

        @Override
        public List<String> userIds() {
            return agentIds;
        }

        @Override
        public List<String> agentIds() {
            return agentIds;
        }

        @Override
        public List<String> groupIds() {
            return List.of();
        }

        @Override
        public List<String> memberIds(String groupId) {
            return List.of();
        }

        @Override
        public List<String> queueIds() {
            return List.of();
        }

        @Override
        public List<String> wrapUpCodeIds() {
            return List.of();
        }

        @Override
        public List<String> divisionIds() {
            return List.of("d1d1d1d1-0000-4000-8000-000000000001");
        }

        @Override
        public void writeUser(JsonGenerator out, String userId) {
            out.writeStartObject().write("id", userId).write("name", userName(userId)).writeEnd();
        }

        @Override
        public void writeGroup(JsonGenerator out, String groupId) {
            out.writeStartObject().write("id", groupId).writeEnd();
        }

        @Override
        public String userName(String userId) {
            return "Agent " + userId.substring(0, 8);
        }
    }
}
