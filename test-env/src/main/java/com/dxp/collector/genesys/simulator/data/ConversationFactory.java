package com.dxp.collector.genesys.simulator.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds one conversation from its key, drawing everything from a random generator seeded by (org, slot,
 * index): media (about 70 % voice, then messaging, e-mail, chat, callbacks), direction, IVR or messaging flow,
 * queue wait, abandonment, self-service in the IVR, agents with hold, blind transfers and conferences, wrap-up,
 * and voice quality. Durations follow log-normal or exponential shapes with caps that keep every conversation
 * shorter than {@link #MAX_DURATION}, which bounds how far back the catalog must look for overlapping ones. In a
 * wild org, the conversations its {@link WildSchedule} picks then get their {@link WildEdge}s, drawn from a
 * generator of their own so that the tidy draw stays the same (long-lived ones are the schedule's to find).
 */
final class ConversationFactory {

    /** No tidy conversation lasts longer than this from start to the end of the last wrap-up. */
    static final Duration MAX_DURATION = Duration.ofHours(6);

    static final String VOICE = "voice";
    static final String MESSAGE = "message";
    static final String CHAT = "chat";
    static final String EMAIL = "email";
    static final String CALLBACK = "callback";
    static final String INBOUND = "inbound";
    /** Names of the two flows conversations run, as the flows listing shows them too. */
    static final String IVR_FLOW_NAME = "Main IVR";
    static final String MESSAGE_FLOW_NAME = "Inbound Messaging";
    static final String OUTBOUND = "outbound";

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final String[] MOBILE_PREFIXES = {"151", "152", "157", "160", "170", "171", "176", "177"};
    private static final String[][] LANDLINES = {{"30", "Berlin"}, {"89", "München"}, {"40", "Hamburg"},
        {"69", "Frankfurt am Main"}, {"221", "Köln"}, {"711", "Stuttgart"}, {"211", "Düsseldorf"}};
    private static final String[] INTENTS = {"billing", "contract", "technical", "order", "complaint", "other"};
    private static final String[] TIERS = {"standard", "standard", "standard", "gold", "platinum"};

    private final GeneratedDirectory directory;
    private final long orgKey;
    private final long completionDelayMillis;
    private final List<String> agents;
    private final List<String> queues;
    private final List<String> wrapUpCodes;
    private final String deploymentAddress;
    private final WildSchedule schedule;
    private final WildConversations wild;
    private final ConversationLinks links;

    ConversationFactory(GeneratedDirectory directory, long orgKey, Duration completionDelay, WildSchedule schedule,
                        ConversationLinks links) {
        this.links = links;
        this.directory = directory;
        this.orgKey = orgKey;
        this.completionDelayMillis = completionDelay.toMillis();
        this.agents = directory.agentIds();
        this.queues = directory.queueIds();
        this.wrapUpCodes = directory.wrapUpCodeIds();
        this.deploymentAddress = Seeds.uuid(orgKey, Seeds.FLOWS, 2).toString();
        this.schedule = schedule;
        this.wild = new WildConversations(directory, completionDelayMillis);
    }

    GeneratedConversation create(ConversationKey key) {
        return create(key, schedule.edges(key));
    }

    /** The conversation with this key, carrying {@code edges} (none: tidy) whatever the schedule says. */
    GeneratedConversation create(ConversationKey key, Set<WildEdge> edges) {
        long item = (key.slot() << 16) | key.index();
        GeneratedConversation tidy = new Draft(key, Seeds.random(orgKey, Seeds.CONVERSATION, item)).build();
        return edges.isEmpty() ? tidy
                : wild.roughen(tidy, edges, Seeds.random(orgKey, Seeds.WILD_CONVERSATION, item));
    }

    /** What one agent did: offered, answered, talked (maybe with hold or in a conference), wrapped up. */
    private record AgentLeg(String userId, String queueId, long offer, long answer, long conferenceFrom,
                            long holdStart, long holdEnd, long talkEnd, String disconnect, long acw,
                            String wrapUpCode, boolean transferred) {

        long wrapEnd() {
            return talkEnd + acw;
        }

        boolean held() {
            return holdStart >= 0;
        }
    }

    /** The state of one conversation while it is drawn. */
    private final class Draft {

        private final ConversationKey key;
        private final SplittableRandom r;
        private final long start;
        private final String media;
        private final boolean outbound;
        private final List<Participant> participants = new ArrayList<>(5);
        private final Set<String> userIds = new LinkedHashSet<>();
        private final Set<String> queueIds = new LinkedHashSet<>();
        private final Set<String> divisionIds = new LinkedHashSet<>();
        private final List<AgentLeg> legs = new ArrayList<>(2);
        private Participant customer;
        private long customerEnd;
        private long conferenceStart = -1;
        private String customerName;
        private String customerAddress;
        private String orgAddress;
        private String messageType;
        private String provider;
        private String codec;
        private int mos;
        private boolean customerHangsUp;

        Draft(ConversationKey key, SplittableRandom r) {
            this.key = key;
            this.r = r;
            this.start = key.startMillis();
            double m = r.nextDouble();
            this.media = m < 0.70 ? VOICE : m < 0.82 ? MESSAGE : m < 0.88 ? CHAT : m < 0.96 ? EMAIL : CALLBACK;
            this.outbound = (VOICE.equals(media) && r.nextDouble() < 0.2)
                    || (EMAIL.equals(media) && r.nextDouble() < 0.12);
        }

        GeneratedConversation build() {
            drawParties();
            if (outbound) {
                outbound();
            } else {
                inbound();
            }
            long end = customerEnd;
            for (AgentLeg leg : legs) {
                end = Math.max(end, leg.wrapEnd());
            }
            if (divisionIds.isEmpty()) {
                divisionIds.add(directory.homeDivision());
            }
            List<Participant> linked = links.link(key, outbound, participants);
            return new GeneratedConversation(key, customerEnd, end, completionDelayMillis, media,
                    outbound ? OUTBOUND : INBOUND, List.copyOf(divisionIds), List.copyOf(linked),
                    conferenceStart, linked.get(participants.indexOf(customer)), Collections.unmodifiableSet(userIds),
                    Collections.unmodifiableSet(queueIds), WildFields.NONE);
        }

        private void drawParties() {
            customerHangsUp = r.nextDouble() < 0.6;
            String first = PeopleNames.first(r);
            String last = PeopleNames.last(r);
            customerName = first + " " + last;
            orgAddress = directory.phoneNumbers().get(r.nextInt(directory.phoneNumbers().size()));
            switch (media) {
                case VOICE, CALLBACK -> {
                    if (r.nextDouble() < 0.6) {
                        customerAddress = "tel:+49" + MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)]
                                + (1_000_000 + r.nextInt(9_000_000));
                        if (VOICE.equals(media)) {
                            customerName = "Mobile Number, Germany";
                        }
                    } else {
                        String[] landline = LANDLINES[r.nextInt(LANDLINES.length)];
                        customerAddress = "tel:+49" + landline[0] + (100_000 + r.nextInt(9_900_000));
                        if (VOICE.equals(media)) {
                            customerName = landline[1] + ", Germany";
                        }
                    }
                    provider = VOICE.equals(media) ? "Edge" : "PureCloud Callback";
                    codec = MediaQuality.drawCodec(r);
                    mos = MediaQuality.drawMos(r);
                }
                case MESSAGE -> {
                    double t = r.nextDouble();
                    messageType = t < 0.45 ? "webmessaging" : t < 0.75 ? "whatsapp" : t < 0.9 ? "sms" : "facebook";
                    switch (messageType) {
                        case "webmessaging" -> {
                            customerAddress = "guest-" + Long.toHexString(r.nextLong() & 0xFFFF_FFFFL);
                            orgAddress = deploymentAddress;
                            customerName = "Web Messaging Guest";
                        }
                        case "facebook" -> {
                            customerAddress = Long.toString(1_000_000_000_000_000L + r.nextLong(8_000_000_000_000_000L));
                            orgAddress = Long.toString(100_000_000_000_000L + (orgKey & 0xFFFF_FFFF_FFFFL));
                        }
                        default -> {
                            customerAddress = "+49" + MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)]
                                    + (1_000_000 + r.nextInt(9_000_000));
                            orgAddress = orgAddress.substring("tel:".length());
                        }
                    }
                    provider = "PureCloud Messaging";
                }
                case EMAIL -> {
                    customerAddress = PeopleNames.ascii(first) + "." + PeopleNames.ascii(last) + "@mail.example.net";
                    orgAddress = "service@" + directory.domain();
                    provider = "PureCloud Email";
                }
                default -> provider = "PureCloud Webchat v2";
            }
        }

        private void inbound() {
            String customerId = Seeds.uuid(r);
            String customerSessionId = Seeds.uuid(r);
            boolean voice = VOICE.equals(media);
            boolean flowUsed = voice || (MESSAGE.equals(media) && r.nextDouble() < 0.7);
            long queueEnter = start;
            long flowDuration = 0;
            boolean selfServed = false;
            if (flowUsed) {
                flowDuration = voice ? logNormal(35 * SECOND, 0.5, 5 * SECOND, 3 * MINUTE)
                        : logNormal(6 * SECOND, 0.5, SECOND, MINUTE);
                queueEnter = start + flowDuration;
                selfServed = voice && r.nextDouble() < 0.07;
            }
            String queueId = pick(queues);
            String intent = INTENTS[r.nextInt(INTENTS.length)];
            String tier = TIERS[r.nextInt(TIERS.length)];
            boolean withAttributes = r.nextDouble() < 0.8;
            Participant flow = null;
            Participant acd = null;

            if (flowUsed) {
                flow = flowParticipant(queueEnter, flowDuration, selfServed ? null : queueId, selfServed);
            }
            if (selfServed) {
                customerEnd = queueEnter;
                customerHangsUp = true;
            } else {
                queueIds.add(queueId);
                divisionIds.add(directory.queueDivision(queueId));
                long wait = exponential(waitMean(), SECOND, waitCap());
                double abandonRate = voice ? 0.06 : CHAT.equals(media) || MESSAGE.equals(media) ? 0.04 : 0;
                if (r.nextDouble() < abandonRate) {
                    customerEnd = queueEnter + wait;
                    customerHangsUp = true;
                    acd = acdParticipant(queueId, queueEnter, customerEnd, "peer",
                            List.of(new SessionMetric("nOffered", 1, queueEnter),
                                    new SessionMetric("tAbandon", wait, customerEnd)));
                } else {
                    long offer = queueEnter + wait;
                    long answer = offer + alertDuration();
                    acd = acdParticipant(queueId, queueEnter, answer, "transfer",
                            List.of(new SessionMetric("nOffered", 1, queueEnter),
                                    new SessionMetric("tAcd", answer - queueEnter, answer),
                                    new SessionMetric("tAnswered", answer - queueEnter, answer)));
                    agentLegs(queueId, offer, answer);
                }
            }

            Session customerSession = customerSession(customerSessionId, INBOUND, start, customerEnd,
                    customerConnectedMetrics(start));
            List<String> attributes = withAttributes
                    ? (voice ? List.of("ivr.language", "de-DE", "ivr.intent", intent, "customer.tier", tier)
                        : List.of("channel", messageType == null ? media : messageType, "customer.tier", tier,
                            "language", "de-DE"))
                    : List.of();
            customer = new Participant(customerId, customerName, "customer", null, attributes,
                    List.of(customerSession));
            participants.add(customer);
            if (flow != null) {
                participants.add(flow);
            }
            if (acd != null) {
                participants.add(acd);
            }
            addAgents(INBOUND);
        }

        /** An agent dials a customer, or writes to one (e-mail), usually on behalf of a queue. */
        private void outbound() {
            boolean voice = VOICE.equals(media);
            String queueId = r.nextDouble() < 0.7 ? pick(queues) : null;
            if (queueId != null) {
                queueIds.add(queueId);
                divisionIds.add(directory.queueDivision(queueId));
            }
            long connect = voice ? start + uniform(5 * SECOND, 25 * SECOND) : start;
            long talkEnd = voice ? connect + talkDuration() : start + logNormal(4 * MINUTE, 0.6, 30 * SECOND,
                    30 * MINUTE);
            AgentLeg leg = new AgentLeg(pick(agents), queueId, start, connect, -1, -1, -1, talkEnd,
                    voice && customerHangsUp ? "peer" : "client", acwDuration(), pick(wrapUpCodes), false);
            legs.add(withHold(leg));
            customerEnd = talkEnd;
            addAgents(OUTBOUND);
            Session session = customerSession(Seeds.uuid(r), OUTBOUND, connect, customerEnd,
                    customerConnectedMetrics(connect));
            customer = new Participant(Seeds.uuid(r), customerName, "external", null, List.of(), List.of(session));
            participants.add(customer);
        }

        /** One agent, or two after a blind transfer or in a conference. */
        private void agentLegs(String queueId, long offer, long answer) {
            String first = pick(agents);
            String second = agents.size() > 1 ? pickOther(first) : null;
            long talk = talkDuration();
            double kind = r.nextDouble();
            String lastDisconnect = customerHangsUp ? "peer" : "client";
            if (second != null && kind < 0.09) {
                long transferAt = answer + talk;
                legs.add(new AgentLeg(first, queueId, offer, answer, -1, -1, -1, transferAt, "transfer",
                        acwDuration(), pick(wrapUpCodes), true));
                long answer2 = transferAt + alertDuration();
                long talkEnd = answer2 + talkDuration();
                legs.add(withHold(new AgentLeg(second, queueId, transferAt, answer2, -1, -1, -1, talkEnd,
                        lastDisconnect, acwDuration(), pick(wrapUpCodes), false)));
                customerEnd = talkEnd;
            } else if (second != null && kind < 0.12 && VOICE.equals(media)) {
                talk = Math.max(talk, 2 * MINUTE);
                long talkEnd = answer + talk;
                long offer2 = answer + (long) (talk * (0.2 + 0.3 * r.nextDouble()));
                long answer2 = offer2 + alertDuration();
                conferenceStart = answer2;
                legs.add(new AgentLeg(first, queueId, offer, answer, answer2, -1, -1, talkEnd, lastDisconnect,
                        acwDuration(), pick(wrapUpCodes), false));
                legs.add(new AgentLeg(second, queueId, offer2, answer2, answer2, -1, -1, talkEnd, lastDisconnect,
                        acwDuration(), pick(wrapUpCodes), false));
                customerEnd = talkEnd;
            } else {
                long talkEnd = answer + talk;
                legs.add(withHold(new AgentLeg(first, queueId, offer, answer, -1, -1, -1, talkEnd, lastDisconnect,
                        acwDuration(), pick(wrapUpCodes), false)));
                customerEnd = talkEnd;
            }
        }

        private AgentLeg withHold(AgentLeg leg) {
            if (!VOICE.equals(media) || r.nextDouble() >= 0.25) {
                return leg;
            }
            long talk = leg.talkEnd() - leg.answer();
            long hold = Math.min(logNormal(45 * SECOND, 0.6, 5 * SECOND, 5 * MINUTE), talk * 3 / 10);
            long holdStart = leg.answer() + (long) (talk * (0.2 + 0.4 * r.nextDouble()));
            return new AgentLeg(leg.userId(), leg.queueId(), leg.offer(), leg.answer(), leg.conferenceFrom(),
                    holdStart, holdStart + hold, leg.talkEnd(), leg.disconnect(), leg.acw(), leg.wrapUpCode(),
                    leg.transferred());
        }

        private void addAgents(String direction) {
            for (AgentLeg leg : legs) {
                userIds.add(leg.userId());
                participants.add(agentParticipant(leg, direction));
            }
        }

        private Participant agentParticipant(AgentLeg leg, String direction) {
            boolean voice = VOICE.equals(media);
            boolean dialled = OUTBOUND.equals(direction);
            List<Segment> segments = new ArrayList<>(5);
            List<SessionMetric> metrics = new ArrayList<>(9);
            if (dialled) {
                metrics.add(new SessionMetric("nOutbound", 1, leg.offer()));
                if (voice) {
                    segments.add(Segment.of(leg.offer(), leg.answer(), "dialing", leg.queueId()));
                    metrics.add(new SessionMetric("tDialing", leg.answer() - leg.offer(), leg.answer()));
                    metrics.add(new SessionMetric("nOutboundConnected", 1, leg.answer()));
                }
            } else {
                segments.add(Segment.of(leg.offer(), leg.answer(), "alert", leg.queueId()));
                metrics.add(new SessionMetric("tAlert", leg.answer() - leg.offer(), leg.answer()));
            }
            long talkFrom = leg.answer();
            addTalkSegments(segments, leg, talkFrom);
            long talkSpan = leg.talkEnd() - talkFrom;
            long held = leg.held() ? leg.holdEnd() - leg.holdStart() : 0;
            if (leg.held()) {
                metrics.add(new SessionMetric("tHeld", held, leg.holdEnd()));
                metrics.add(new SessionMetric("tHeldComplete", held, leg.holdEnd()));
            }
            metrics.add(new SessionMetric("tTalk", talkSpan - held, leg.talkEnd()));
            metrics.add(new SessionMetric("tTalkComplete", talkSpan - held, leg.talkEnd()));
            if (leg.transferred()) {
                metrics.add(new SessionMetric("nTransferred", 1, leg.talkEnd()));
                metrics.add(new SessionMetric("nBlindTransferred", 1, leg.talkEnd()));
            }
            long wrapEnd = leg.wrapEnd();
            segments.add(new Segment(leg.talkEnd(), wrapEnd, "wrapup", leg.queueId(), false, null,
                    leg.wrapUpCode()));
            metrics.add(new SessionMetric("tAcw", leg.acw(), wrapEnd));
            metrics.add(new SessionMetric("tHandle", talkSpan + leg.acw(), wrapEnd));
            List<MediaEndpointStat> stats = voice
                    ? List.of(MediaQuality.stat(r, codec, Math.min(MediaQuality.BEST_MOS, mos + r.nextInt(15)),
                            talkSpan, leg.talkEnd()))
                    : List.of();
            Session session = new Session(Seeds.uuid(r), media, direction, voiceAni(direction),
                    voiceDnis(direction), digitalFrom(direction), digitalTo(direction), messageType,
                    provider, callbackNumbers(), callbackUserName(), null, stats,
                    List.copyOf(metrics), List.copyOf(segments), wrapEnd > customerEnd);
            return new Participant(Seeds.uuid(r), directory.userName(leg.userId()), "agent", leg.userId(),
                    List.of(), List.of(session));
        }

        private void addTalkSegments(List<Segment> segments, AgentLeg leg, long talkFrom) {
            long talkEnd = leg.talkEnd();
            if (leg.held()) {
                segments.add(Segment.of(talkFrom, leg.holdStart(), "interact", leg.queueId()));
                segments.add(Segment.of(leg.holdStart(), leg.holdEnd(), "hold", leg.queueId()));
                segments.add(Segment.of(leg.holdEnd(), talkEnd, "interact", leg.queueId())
                        .disconnected(leg.disconnect()));
            } else if (leg.conferenceFrom() > talkFrom) {
                segments.add(Segment.of(talkFrom, leg.conferenceFrom(), "interact", leg.queueId()));
                segments.add(new Segment(leg.conferenceFrom(), talkEnd, "interact", leg.queueId(), true,
                        leg.disconnect(), null));
            } else {
                segments.add(new Segment(talkFrom, talkEnd, "interact", leg.queueId(), leg.conferenceFrom() >= 0,
                        leg.disconnect(), null));
            }
        }

        private Participant flowParticipant(long flowEnd, long duration, String queueId, boolean selfServed) {
            boolean voice = VOICE.equals(media);
            String flowName = voice ? IVR_FLOW_NAME : MESSAGE_FLOW_NAME;
            FlowInfo flow = new FlowInfo(voice ? directory.ivrFlowId() : directory.messageFlowId(), flowName,
                    voice ? "INBOUNDCALL" : "INBOUNDSHORTMESSAGE", directory.publishedFlowVersion(),
                    orgAddress, selfServed ? "DISCONNECT" : "TRANSFER",
                    queueId == null ? null : directory.queueName(queueId));
            List<SessionMetric> metrics = new ArrayList<>(3);
            metrics.add(new SessionMetric("nFlow", 1, start));
            metrics.add(new SessionMetric("tFlow", duration, flowEnd));
            if (voice) {
                metrics.add(new SessionMetric("tIvr", duration, flowEnd));
            }
            Segment segment = Segment.of(start, flowEnd, "ivr", null).disconnected(selfServed ? "peer" : "transfer");
            Session session = new Session(Seeds.uuid(r), media, INBOUND, voiceAni(INBOUND), voiceDnis(INBOUND),
                    digitalFrom(INBOUND), digitalTo(INBOUND), messageType, provider, List.of(), null, flow,
                    List.of(), List.copyOf(metrics), List.of(segment), false);
            List<String> attributes = voice ? List.of("ivr.selection", Integer.toString(1 + r.nextInt(5)))
                    : List.of();
            return new Participant(Seeds.uuid(r), flowName, "ivr", null, attributes, List.of(session));
        }

        private Participant acdParticipant(String queueId, long from, long to, String disconnect,
                                           List<SessionMetric> metrics) {
            Segment segment = Segment.of(from, to, "interact", queueId).disconnected(disconnect);
            Session session = new Session(Seeds.uuid(r), media, INBOUND, voiceAni(INBOUND), voiceDnis(INBOUND),
                    digitalFrom(INBOUND), digitalTo(INBOUND), messageType, provider, List.of(), null, null,
                    List.of(), metrics, List.of(segment), false);
            return new Participant(Seeds.uuid(r), directory.queueName(queueId), "acd", null, List.of(),
                    List.of(session));
        }

        private Session customerSession(String sessionId, String direction, long from, long to,
                                        List<SessionMetric> metrics) {
            boolean voice = VOICE.equals(media);
            String ownDisconnect = voice ? "endpoint" : "client";
            String disconnect = customerHangsUp ? ownDisconnect : "peer";
            AgentLeg last = legs.isEmpty() ? null : legs.get(legs.size() - 1);
            List<Segment> segments;
            if (last != null && last.held() && last.holdStart() > from) {
                segments = List.of(Segment.of(from, last.holdStart(), "interact", null),
                        Segment.of(last.holdStart(), last.holdEnd(), "hold", null),
                        Segment.of(last.holdEnd(), to, "interact", null).disconnected(disconnect));
            } else {
                segments = List.of(Segment.of(from, to, "interact", null).disconnected(disconnect));
            }
            List<MediaEndpointStat> stats = voice
                    ? List.of(MediaQuality.stat(r, codec, mos, to - from, to))
                    : List.of();
            return new Session(sessionId, media, direction, voiceAni(direction), voiceDnis(direction),
                    digitalFrom(direction), digitalTo(direction), messageType, provider, callbackNumbers(),
                    callbackUserName(), null, stats, metrics, segments, false);
        }

        private List<SessionMetric> customerConnectedMetrics(long at) {
            return List.of(new SessionMetric("nConnected", 1, at));
        }

        private String voiceAni(String direction) {
            if (!VOICE.equals(media)) {
                return null;
            }
            return INBOUND.equals(direction) ? customerAddress : orgAddress;
        }

        private String voiceDnis(String direction) {
            if (!VOICE.equals(media)) {
                return null;
            }
            return INBOUND.equals(direction) ? orgAddress : customerAddress;
        }

        private String digitalFrom(String direction) {
            if (!MESSAGE.equals(media) && !EMAIL.equals(media)) {
                return null;
            }
            return INBOUND.equals(direction) ? customerAddress : orgAddress;
        }

        private String digitalTo(String direction) {
            if (!MESSAGE.equals(media) && !EMAIL.equals(media)) {
                return null;
            }
            return INBOUND.equals(direction) ? orgAddress : customerAddress;
        }

        private List<String> callbackNumbers() {
            return CALLBACK.equals(media) ? List.of(customerAddress) : List.of();
        }

        private String callbackUserName() {
            return CALLBACK.equals(media) ? customerName : null;
        }

        private long waitMean() {
            return switch (media) {
                case VOICE -> 40 * SECOND;
                case MESSAGE -> 90 * SECOND;
                case CHAT -> 45 * SECOND;
                case EMAIL -> 25 * MINUTE;
                default -> 4 * MINUTE;
            };
        }

        private long waitCap() {
            return switch (media) {
                case VOICE -> 20 * MINUTE;
                case MESSAGE -> 60 * MINUTE;
                case CHAT -> 30 * MINUTE;
                default -> 120 * MINUTE;
            };
        }

        private long talkDuration() {
            return switch (media) {
                case VOICE -> logNormal(200 * SECOND, 0.8, 10 * SECOND, 90 * MINUTE);
                case MESSAGE -> logNormal(600 * SECOND, 0.7, 30 * SECOND, 90 * MINUTE);
                case CHAT -> logNormal(420 * SECOND, 0.6, 30 * SECOND, 90 * MINUTE);
                case EMAIL -> logNormal(300 * SECOND, 0.6, 30 * SECOND, 60 * MINUTE);
                default -> logNormal(180 * SECOND, 0.7, 20 * SECOND, 60 * MINUTE);
            };
        }

        private long alertDuration() {
            return VOICE.equals(media) ? uniform(2 * SECOND, 12 * SECOND) : uniform(SECOND, 20 * SECOND);
        }

        private long acwDuration() {
            return logNormal(30 * SECOND, 0.7, 2 * SECOND, 10 * MINUTE);
        }

        private String pick(List<String> ids) {
            double u = r.nextDouble();
            return ids.get((int) (ids.size() * u * u)); // a few busy queues and common wrap-up codes
        }

        private String pickOther(String first) {
            String other = agents.get(r.nextInt(agents.size() - 1));
            return other.equals(first) ? agents.get(agents.size() - 1) : other;
        }

        private long uniform(long min, long max) {
            return min + r.nextLong(max - min + 1);
        }

        private long logNormal(double median, double sigma, long min, long max) {
            double u1 = 1 - r.nextDouble();
            double u2 = r.nextDouble();
            double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
            return clamp((long) (median * StrictMath.exp(sigma * gaussian)), min, max);
        }

        private long exponential(double mean, long min, long max) {
            return clamp((long) (-mean * StrictMath.log(1 - r.nextDouble())), min, max);
        }

        private long clamp(long value, long min, long max) {
            return Math.max(min, Math.min(max, value));
        }
    }
}
