package com.dxp.collector.genesys.simulator.data;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Turns a tidy conversation into a wild one carrying the given {@link WildEdge}s. The tidy conversation's
 * timeline stays as it was (ids, times, the customer who leaves); edges change its strings and numbers, add
 * participants, fields and divisions, or keep it open for more than a week. Every choice comes from the random
 * generator it is handed, so the same conversation always turns out the same.
 */
final class WildConversations {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final int DIVISIONS = 200;
    private static final String NOTE = "Customer called about the invoice; promised a call back. ";

    private final GeneratedDirectory directory;
    private final long completionDelayMillis;

    WildConversations(GeneratedDirectory directory, long completionDelayMillis) {
        this.directory = directory;
        this.completionDelayMillis = completionDelayMillis;
    }

    GeneratedConversation roughen(GeneratedConversation tidy, Set<WildEdge> edges, SplittableRandom r) {
        Rough c = new Rough(tidy, r);
        for (WildEdge edge : WildEdge.values()) { // in the enum's order, so edges compose the same way every time
            if (!edges.contains(edge)) {
                continue;
            }
            switch (edge) {
                case LONG_STRINGS -> c.longStrings();
                case CONTROL_CHARACTERS -> c.controlCharacters();
                case UNPAIRED_SURROGATES -> c.unpairedSurrogates();
                case ASTRAL_CHARACTERS -> c.astralCharacters();
                case MANY_DIVISIONS -> c.manyDivisions();
                case MANY_PARTICIPANTS -> c.manyParticipants();
                case MISSING_OPTIONAL_FIELDS -> c.missingOptionalFields();
                case UNKNOWN_FIELDS -> c.unknownFields();
                case UNKNOWN_ENUM_VALUES -> c.unknownEnumValues();
                case HUGE_NUMBERS -> c.hugeNumbers();
                case LONG_IDS -> c.longIds();
                case LONG_LIVED -> c.longLived();
            }
        }
        return c.build();
    }

    /** A conversation while its edges are applied. */
    private final class Rough {

        private final GeneratedConversation tidy;
        private final SplittableRandom r;
        private final List<Participant> participants;
        private final int customerIndex;
        private final String customerAddress;
        private final Set<String> userIds;
        private final Set<String> queueIds;
        private List<String> divisionIds;
        private String direction;
        private long end;
        private WildFields wild = WildFields.NONE;

        Rough(GeneratedConversation tidy, SplittableRandom r) {
            this.tidy = tidy;
            this.r = r;
            this.participants = new ArrayList<>(tidy.participants());
            this.customerIndex = participants.indexOf(tidy.customer());
            this.customerAddress = address(tidy.customer().sessions().get(0));
            this.userIds = new LinkedHashSet<>(tidy.userIds());
            this.queueIds = new LinkedHashSet<>(tidy.queueIds());
            this.divisionIds = tidy.divisionIdList();
            this.direction = tidy.direction();
            this.end = tidy.endMillis();
        }

        GeneratedConversation build() {
            return new GeneratedConversation(tidy.key(), tidy.customerEndMillis(), end, completionDelayMillis,
                    tidy.mediaType(), direction, List.copyOf(divisionIds), List.copyOf(participants),
                    tidy.conferenceStartMillis(), participants.get(customerIndex),
                    Collections.unmodifiableSet(userIds), Collections.unmodifiableSet(queueIds), wild);
        }

        void longStrings() {
            renameCustomer(name -> WildText.lengthened(name, length()));
            if (customerAddress != null) {
                replaceCustomerAddress(WildText.lengthened(customerAddress, length()));
            }
            renameFlows(name -> WildText.lengthened(name, length()));
            wild = wild.adding("externalTag", JSON.createValue(
                    WildText.lengthened("ext-" + tidy.conversationId(), WildText.LONGEST)));
            mapParticipants(p -> !"agent".equals(p.purpose()) ? p : p.withSessions(p.sessions().stream()
                    .map(s -> s.withSegments(s.segments().stream().map(this::withNote).toList())).toList()));
        }

        void controlCharacters() {
            renameCustomer(WildText::withControlCharacters);
            if (customerAddress != null) {
                replaceCustomerAddress(WildText.withControlCharacters(address(customer().sessions().get(0))));
            }
            Participant customer = customer();
            if (customer.attributes().size() >= 2) {
                List<String> attributes = new ArrayList<>(customer.attributes());
                attributes.set(1, WildText.withControlCharacters(attributes.get(1)));
                setCustomer(customer.withAttributes(attributes));
            }
        }

        void unpairedSurrogates() {
            renameCustomer(WildText::withUnpairedSurrogates);
            rename("acd", WildText::withUnpairedSurrogates);
        }

        void astralCharacters() {
            renameCustomer(WildText::withAstralCharacters);
            rename("agent", WildText::withAstralCharacters);
            renameFlows(WildText::withAstralCharacters);
        }

        void manyDivisions() {
            List<String> many = new ArrayList<>(divisionIds);
            while (many.size() < DIVISIONS) {
                many.add(Seeds.uuid(r));
            }
            divisionIds = many;
        }

        /** Agents, queues and consultants joining and leaving while the customer is there. */
        void manyParticipants() {
            int target = 100 + r.nextInt(201);
            List<String> agents = directory.agentIds();
            List<String> queues = directory.queueIds();
            for (int n = participants.size(); n < target; n++) {
                int segments = 10 + r.nextInt(21);
                switch (n % 3) {
                    case 0 -> {
                        String userId = agents.get(r.nextInt(agents.size()));
                        userIds.add(userId);
                        participants.add(joining(Seeds.uuid(r), directory.userName(userId), "agent", userId,
                                Seeds.uuid(r), null, tidy.mediaType(), "interact", "transfer", segments));
                    }
                    case 1 -> {
                        String queueId = queues.get(r.nextInt(queues.size()));
                        queueIds.add(queueId);
                        participants.add(joining(Seeds.uuid(r), directory.queueName(queueId), "acd", null,
                                Seeds.uuid(r), queueId, tidy.mediaType(), "interact", "transfer", segments));
                    }
                    default -> participants.add(joining(Seeds.uuid(r), "Consultant " + n, "external", null,
                            Seeds.uuid(r), null, tidy.mediaType(), "interact", "peer", segments));
                }
            }
        }

        /** No MOS anywhere, and the last participant other than the customer without purpose and name. */
        void missingOptionalFields() {
            wild = wild.omitting("mediaStatsMinConversationMos");
            mapStats(stat -> stat.with(stat.wild().omitting("minMos")));
            int last = participants.size() - 1 == customerIndex ? participants.size() - 2 : participants.size() - 1;
            if (last >= 0) {
                participants.set(last, participants.get(last).withNameAndPurpose(null, null));
            }
        }

        void unknownFields() {
            wild = wild.adding("conversationMood", JSON.createObjectBuilder().add("mood", "stormy")
                    .add("scores", JSON.createArrayBuilder().add(r.nextInt(100)).add(r.nextInt(100)))
                    .add("source", JSON.createObjectBuilder().add("system", "next-gen").add("level", 2)).build());
            Participant customer = customer();
            Session session = customer.sessions().get(0);
            List<Segment> segments = new ArrayList<>(session.segments());
            Segment first = segments.get(0);
            segments.set(0, first.with(first.wild().adding("segmentWeather", unknownObject("sunny"))));
            List<Session> sessions = new ArrayList<>(customer.sessions());
            sessions.set(0, session.withSegments(segments)
                    .with(session.wild().adding("sessionQuantumState", unknownObject("entangled"))));
            setCustomer(customer.withSessions(sessions)
                    .with(customer.wild().adding("participantAura", unknownObject("golden"))));
        }

        void unknownEnumValues() {
            direction = "sideways";
            participants.add(joining(Seeds.uuid(r), "Delivery Robot", "robot", null, Seeds.uuid(r), null,
                    "hologram", "teleporting", "wormhole", 1));
        }

        /** Metrics and packet counts beyond a long, or at its largest, and a MOS beyond a double. */
        void hugeNumbers() {
            wild = wild.adding("mediaStatsMinConversationMos", JSON.createValue(new BigDecimal("1e309")));
            mapStats(stat -> stat.with(stat.wild()
                    .adding("receivedPackets", JSON.createValue(BigInteger.TEN.pow(30)))
                    .adding("discardedPackets", JSON.createValue(Long.MAX_VALUE))));
            mapParticipants(p -> p.withSessions(p.sessions().stream().map(WildConversations::hugeMetrics).toList()));
        }

        void longIds() {
            String userId = longId();
            String queueId = longId();
            userIds.add(userId);
            queueIds.add(queueId);
            participants.add(joining(longId(), "Former Agent", "agent", userId, longId(), queueId,
                    tidy.mediaType(), "interact", "client", 2));
        }

        /** A workflow parks the conversation after the customer left and ends it more than a week later. */
        void longLived() {
            long parkedFrom = tidy.customerEndMillis();
            long until = tidy.startMillis() + 7 * DAY + 60 * MINUTE + r.nextLong(DAY);
            Session session = new Session(Seeds.uuid(r), tidy.mediaType(), "inbound", null, null, null, null, null,
                    null, List.of(), null, null, List.of(),
                    List.of(new SessionMetric("tParked", until - MINUTE - parkedFrom, until - MINUTE)),
                    List.of(Segment.of(parkedFrom, until - MINUTE, "parked", null),
                            Segment.of(until - MINUTE, until, "interact", null).disconnected("system")),
                    false);
            participants.add(new Participant(Seeds.uuid(r), "Follow-up Workflow", "workflow", null, List.of(),
                    List.of(session)));
            end = Math.max(end, until);
        }

        private Segment withNote(Segment segment) {
            if (!"wrapup".equals(segment.type())) {
                return segment;
            }
            String note = WildText.lengthened(NOTE, length());
            return segment.with(segment.wild().adding("wrapUpNote", JSON.createValue(note)));
        }

        /**
         * A participant with one session of {@code segments} back-to-back segments, from a seeded moment after
         * the conversation started until the customer left, so that it never outlives the conversation.
         */
        private Participant joining(String participantId, String name, String purpose, String userId,
                                    String sessionId, String queueId, String mediaType, String segmentType,
                                    String disconnect, int segments) {
            long start = tidy.startMillis();
            long span = Math.max(segments, tidy.customerEndMillis() - start);
            long from = start + (long) (span / 2 * r.nextDouble());
            long to = start + span;
            long step = (to - from) / segments;
            List<Segment> list = new ArrayList<>(segments);
            for (int i = 0; i < segments; i++) {
                long segmentEnd = i == segments - 1 ? to : from + (i + 1) * step;
                String type = i % 2 == 1 && "interact".equals(segmentType) ? "hold" : segmentType;
                list.add(new Segment(from + i * step, segmentEnd, type, queueId, false,
                        i == segments - 1 ? disconnect : null, null));
            }
            Session session = new Session(sessionId, mediaType, "inbound", null, null, null, null, null, null,
                    List.of(), null, null, List.of(), List.of(new SessionMetric("nConnected", 1, from)), list,
                    false);
            end = Math.max(end, to);
            return new Participant(participantId, name, purpose, userId, List.of(), List.of(session));
        }

        private JsonObject unknownObject(String kind) {
            return JSON.createObjectBuilder().add("kind", kind).add("weight", r.nextInt(1000))
                    .add("details", JSON.createObjectBuilder().add("origin", "future-release")
                            .add("tags", JSON.createArrayBuilder().add("alpha").add("beta")))
                    .build();
        }

        /** An id of 101 to 200 characters that starts like a UUID. */
        private String longId() {
            String uuid = Seeds.uuid(r);
            return WildText.lengthened(uuid + ":" + uuid.replace("-", ""), 101 + r.nextInt(100)).replace(' ', ':');
        }

        /** A seeded length between 1,000 and {@link WildText#LONGEST}. */
        private int length() {
            return 1000 + r.nextInt(WildText.LONGEST - 999);
        }

        private Participant customer() {
            return participants.get(customerIndex);
        }

        private void setCustomer(Participant customer) {
            participants.set(customerIndex, customer);
        }

        private void mapParticipants(UnaryOperator<Participant> change) {
            participants.replaceAll(change);
        }

        private void renameCustomer(UnaryOperator<String> change) {
            setCustomer(customer().withName(change.apply(customer().participantName())));
        }

        private void rename(String purpose, UnaryOperator<String> change) {
            mapParticipants(p -> purpose.equals(p.purpose()) ? p.withName(change.apply(p.participantName())) : p);
        }

        /** Renames every flow participant and the flow its session ran. */
        private void renameFlows(UnaryOperator<String> change) {
            mapParticipants(p -> !"ivr".equals(p.purpose()) ? p : p.withName(change.apply(p.participantName()))
                    .withSessions(p.sessions().stream().map(s -> s.flow() == null ? s
                            : s.withFlow(renamed(s.flow(), change.apply(s.flow().flowName())))).toList()));
        }

        /** Replaces the customer's address wherever a session shows it (ani, dnis, from, to, call-back). */
        private void replaceCustomerAddress(String replacement) {
            String current = address(customer().sessions().get(0));
            UnaryOperator<String> swap = value -> value != null && value.equals(current) ? replacement : value;
            mapParticipants(p -> p.withSessions(p.sessions().stream().map(s -> s.withAddresses(swap)).toList()));
        }

        private void mapStats(UnaryOperator<MediaEndpointStat> change) {
            mapParticipants(p -> p.withSessions(p.sessions().stream().map(s -> s.endpointStats().isEmpty() ? s
                    : s.withStats(s.endpointStats().stream().map(change).toList())).toList()));
        }
    }

    private static Session hugeMetrics(Session s) {
        if (s.metrics().isEmpty()) {
            return s;
        }
        List<SessionMetric> metrics = new ArrayList<>(s.metrics());
        SessionMetric first = metrics.get(0);
        metrics.set(0, first.with(first.wild().adding("value", JSON.createValue(new BigDecimal("1e30")))));
        if (metrics.size() > 1) {
            SessionMetric second = metrics.get(1);
            metrics.set(1, second.with(second.wild().adding("value", JSON.createValue(Long.MAX_VALUE))));
        }
        return s.withMetrics(metrics);
    }

    /** The customer's own address as its first session shows it: caller, sender or number to call back. */
    private static String address(Session s) {
        boolean inbound = "inbound".equals(s.direction());
        String voice = inbound ? s.ani() : s.dnis();
        String digital = inbound ? s.addressFrom() : s.addressTo();
        if (voice != null) {
            return voice;
        }
        if (digital != null) {
            return digital;
        }
        return s.callbackNumbers().isEmpty() ? null : s.callbackNumbers().get(0);
    }

    private static FlowInfo renamed(FlowInfo flow, String name) {
        return new FlowInfo(flow.flowId(), name, flow.flowType(), flow.flowVersion(), flow.entryReason(),
                flow.exitReason(), flow.transferTargetName());
    }
}
