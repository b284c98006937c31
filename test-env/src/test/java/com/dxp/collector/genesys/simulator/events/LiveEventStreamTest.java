package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.MutableClock;
import static com.dxp.collector.genesys.simulator.events.EnvelopeAssertions.assertEnvelope;
import static com.dxp.collector.genesys.simulator.events.SqsTestQueues.parse;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.events.StubOrgs.StubOrg;
import com.mypurecloud.sdk.v2.model.OperationalEventNotificationTopicOperationalEventNotification;
import com.mypurecloud.sdk.v2.model.UserTokensTopicTokenNotification;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** The live stream turns simulated time into events: each customer end once, logins and operational events. */
class LiveEventStreamTest extends AgainstLocalSqs {

    private static final Instant T0 = Instant.parse("2026-05-14T08:00:00Z");
    /** Conversations, logins and operational events off: only what a test turns on. */
    private static final LiveStreamSettings QUIET = LiveStreamSettings.defaults()
            .withTickInterval(Duration.ofMillis(20))
            .withMaxConversationDuration(Duration.ofMinutes(30))
            .withAgentLogins(0, Duration.ofHours(8))
            .withOperationalEventEvery(Duration.ZERO);


    @Test
    void shouldPublishEachEndedConversationExactlyOnceAsTheClockAdvances() {
        List<StubConversation> conversations = StubOrgs.conversations(1, T0.minus(Duration.ofMinutes(25)), 300,
                Duration.ofSeconds(23));
        StubOrg org = StubOrgs.org(1, conversations, 5);
        MutableClock clock = new MutableClock(T0);
        List<GenesysEvent> published = new CopyOnWriteArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(org.org()), published::addAll, QUIET, clock);

        int[] steps = {1, 7, 13, 61, 2, 300, 45, 1, 1, 599};
        for (int i = 0; clock.instant().isBefore(T0.plus(Duration.ofHours(3))); i++) {
            clock.advance(Duration.ofSeconds(steps[i % steps.length]).plusMillis(i % 3));
            stream.tick();
        }

        List<String> ids = published.stream().map(GenesysEvent::topicId).toList();
        Set<String> expected = conversations.stream()
                .filter(c -> c.customerEnd().isAfter(T0) && !c.customerEnd().isAfter(clock.instant()))
                .map(SimConversation::conversationId).collect(Collectors.toSet());
        assertEquals(ids.size(), Set.copyOf(ids).size(), "no conversation twice");
        assertEquals(expected, Set.copyOf(ids), "every conversation whose customer left after the start");
        assertTrue(expected.size() > 250, "most conversations ended in the 3 h: " + expected.size());
        assertTrue(published.stream().allMatch(e -> e.topic() == EventTopic.CUSTOMER_END));
        assertEquals(ids.size(), stream.counters().customerEnds());
    }

    @Test
    void shouldLookBackOnceThenGenerateOnlyConversationsStartedSinceTheLastTick() {
        StubOrg org = StubOrgs.org(2, StubOrgs.conversations(2, T0, 50, Duration.ofMinutes(1)), 1);
        MutableClock clock = new MutableClock(T0);
        LiveEventStream stream = new LiveEventStream(List.of(org.org()), events -> { }, QUIET, clock);

        Instant scannedUpTo = T0.minus(QUIET.maxConversationDuration());
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            stream.tick();
            Instant[] query = org.catalog().queries.get(org.catalog().queries.size() - 1);
            assertEquals(scannedUpTo, query[0], "from: where the previous scan ended (the look-back at first)");
            assertEquals(clock.instant().plusMillis(1), query[1], "to: just after now");
            assertEquals(clock.instant(), query[2], "asOf is now");
            scannedUpTo = query[1];
        }
    }

    @Test
    void shouldDropAMutedTopicOfOneOrgOnlyAndPublishItAgainOnceUnmuted() {
        List<StubConversation> conversations = StubOrgs.conversations(1, T0.minus(Duration.ofMinutes(25)), 300,
                Duration.ofSeconds(23));
        SimulatedOrg org = StubOrgs.org(1, conversations, 40).org();
        MutableClock clock = new MutableClock(T0);
        List<GenesysEvent> published = new CopyOnWriteArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(org), published::addAll,
                QUIET.withAgentLogins(1.0, Duration.ofMinutes(10)), clock);

        stream.mute(org.spec().orgId(), EventTopic.CUSTOMER_END);
        clock.advance(Duration.ofMinutes(30));
        stream.tick();
        List<GenesysEvent> whileMuted = List.copyOf(published);
        stream.unmute(org.spec().orgId());
        clock.advance(Duration.ofMinutes(30));
        stream.tick();

        assertTrue(whileMuted.stream().noneMatch(e -> e.topic() == EventTopic.CUSTOMER_END), "no customer.end");
        assertTrue(whileMuted.stream().anyMatch(e -> e.topic() == EventTopic.USER_TOKENS), "logins go on");
        long mutedEnds = conversations.stream().filter(c -> c.customerEnd().isAfter(T0)
                && !c.customerEnd().isAfter(T0.plus(Duration.ofMinutes(30)))).count();
        assertTrue(mutedEnds > 0);
        assertEquals(mutedEnds, stream.counters().muted(), "every dropped event counted");
        assertTrue(published.stream().anyMatch(e -> e.topic() == EventTopic.CUSTOMER_END), "published again");
    }

    /**
     * Muting is per org: one org whose EventBridge integration lost a topic, or all of them, leaves every other org's
     * events flowing, and the muted org's other topics too.
     */
    @Test
    void shouldMuteOneOrgsTopicOrAllItsTopicsAndLeaveTheOtherOrgPublishing() {
        SimulatedOrg a = StubOrgs.org(11, StubOrgs.conversations(11, T0.minus(Duration.ofMinutes(25)), 400,
                Duration.ofSeconds(20)), 20).org();
        SimulatedOrg b = StubOrgs.org(12, StubOrgs.conversations(12, T0.minus(Duration.ofMinutes(25)), 400,
                Duration.ofSeconds(20)), 20).org();
        MutableClock clock = new MutableClock(T0);
        List<GenesysEvent> published = new CopyOnWriteArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(a, b), published::addAll,
                QUIET.withAgentLogins(1.0, Duration.ofMinutes(10)).withOperationalEventEvery(Duration.ofMinutes(5)),
                clock);

        stream.mute(a.spec().orgId(), EventTopic.CUSTOMER_END);
        clock.advance(Duration.ofMinutes(30));
        stream.tick();
        Map<EventTopic, Long> aWithEndMuted = topics(published, a);
        Map<EventTopic, Long> bMeanwhile = topics(published, b);
        long mutedEnds = stream.counters().muted();

        published.clear();
        stream.mute(a.spec().orgId());
        clock.advance(Duration.ofMinutes(30));
        stream.tick();

        assertEquals(Set.of(EventTopic.USER_TOKENS, EventTopic.OPERATIONAL_EVENTS), aWithEndMuted.keySet(),
                "A's customer.end dropped, its logins and operational events still published");
        assertEquals(Set.of(EventTopic.values()), bMeanwhile.keySet(), "B publishes every topic");
        assertTrue(mutedEnds > 0, "A's dropped customer ends are counted");
        assertEquals(Map.of(), topics(published, a), "nothing of A once all its topics are muted");
        assertEquals(Set.of(EventTopic.values()), topics(published, b).keySet(), "B goes on");
        assertTrue(stream.counters().muted() > mutedEnds, "A's events of every topic counted as muted");
    }

    /** The events of one org, counted by topic. */
    private static Map<EventTopic, Long> topics(List<GenesysEvent> events, SimulatedOrg org) {
        return events.stream().filter(e -> e.orgId().equals(org.spec().orgId()))
                .collect(Collectors.groupingBy(GenesysEvent::topic, Collectors.counting()));
    }

    @Test
    void shouldTickOnItsOwnAndStopCleanly() {
        List<StubConversation> conversations = StubOrgs.conversations(3, T0, 40, Duration.ofSeconds(30));
        MutableClock clock = new MutableClock(T0);
        List<GenesysEvent> published = new CopyOnWriteArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(StubOrgs.org(3, conversations, 1).org()),
                published::addAll, QUIET, clock);

        stream.start();
        assertThrows(IllegalStateException.class, stream::start);
        for (Instant until : List.of(T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(45)))) {
            long due = conversations.stream().filter(c -> !c.customerEnd().isAfter(until)).count();
            clock.advance(Duration.between(clock.instant(), until));
            await("customer ends up to " + until).atMost(Duration.ofSeconds(10))
                    .until(() -> stream.counters().customerEnds() == due);
        }

        assertTrue(stream.stop(), "stopped within the timeout");
        assertFalse(stream.isRunning());
        long ticks = stream.counters().ticks();
        assertTrue(ticks >= 2);
        clock.advance(Duration.ofHours(1));
        assertEquals(ticks, stream.counters().ticks(), "no tick after stop");
        assertEquals(40, published.size());
        assertEquals(40, published.stream().map(GenesysEvent::topicId).distinct().count());
        assertTrue(stream.stop(), "stopping twice is harmless");
    }

    @Test
    void shouldLogInASeededShareOfAgentsOncePerPeriod() {
        LiveStreamSettings settings = QUIET.withAgentLogins(0.25, Duration.ofHours(1));
        List<GenesysEvent> first = runForHours(StubOrgs.org(4, List.of(), 40).org(), settings, 5);
        List<GenesysEvent> again = runForHours(StubOrgs.org(4, List.of(), 40).org(), settings, 5);

        assertEquals(first, again, "the same seed logs in the same agents at the same moments");
        Map<String, List<GenesysEvent>> byUser = first.stream()
                .collect(Collectors.groupingBy(GenesysEvent::topicId));
        assertTrue(byUser.size() >= 4 && byUser.size() <= 18, "about a quarter of 40 agents: " + byUser.size());
        byUser.values().forEach(logins -> assertTrue(logins.size() >= 4 && logins.size() <= 6,
                "once an hour for 5 hours: " + logins.size()));
        SimulatedOrg org = StubOrgs.org(4, List.of(), 40).org();
        for (GenesysEvent event : first) {
            assertEquals(EventTopic.USER_TOKENS, event.topic());
            assertTrue(org.directory().agentIds().contains(event.topicId()));
            UserTokensTopicTokenNotification sdk = GenesysSchemaOracle.read(event.eventBody().toString(),
                    UserTokensTopicTokenNotification.class);
            assertEquals(org.directory().userName(event.topicId()), sdk.getUser().getName());
            assertEquals(event.timestamp().plus(Duration.ofHours(24)), Instant.parse(sdk.getTokenExpirationDate()));
            assertTrue(sdk.getTokenHash().matches("[0-9a-f]{64}"));
        }
    }

    @Test
    void shouldEmitOperationalEventsAtTheConfiguredRate() {
        SimulatedOrg org = StubOrgs.org(5, StubOrgs.conversations(5, T0.minus(Duration.ofHours(1)), 500,
                Duration.ofSeconds(20)), 1).org();
        List<GenesysEvent> events = runForHours(org, QUIET.withOperationalEventEvery(Duration.ofMinutes(10)), 2)
                .stream().filter(e -> e.topic() == EventTopic.OPERATIONAL_EVENTS).toList();

        assertTrue(events.size() >= 11 && events.size() <= 13, "one per 10 minutes for 2 h: " + events.size());
        for (GenesysEvent event : events) {
            assertEquals(org.spec().orgId().toString(), event.topicId(), "the topic id is the org id");
            OperationalEventNotificationTopicOperationalEventNotification sdk = GenesysSchemaOracle.read(
                    event.eventBody().toString(), OperationalEventNotificationTopicOperationalEventNotification.class);
            assertEquals(event.timestamp().toEpochMilli(), sdk.getTimestamp().getTime());
            if (sdk.getConversationId() != null) {
                assertTrue(org.conversations().find(sdk.getConversationId(), event.timestamp()).isPresent());
            }
        }
    }

    @Test
    void shouldRetryATickWhoseDeliveryFailed() {
        List<StubConversation> conversations = StubOrgs.conversations(6, T0, 10, Duration.ofSeconds(10));
        MutableClock clock = new MutableClock(T0);
        AtomicInteger calls = new AtomicInteger();
        List<GenesysEvent> published = new ArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(StubOrgs.org(6, conversations, 1).org()), events -> {
            if (calls.incrementAndGet() == 1) {
                throw new EventPublishException("queue gone", List.of("entry 0: boom"));
            }
            published.addAll(events);
        }, QUIET, clock);

        clock.advance(Duration.ofHours(1));
        assertEquals(1, stream.tick().failedOrgTicks());
        assertEquals(0, stream.counters().customerEnds());
        stream.tick();

        assertEquals(10, published.size(), "the failed window again, once");
        assertEquals(10, stream.counters().customerEnds());
    }

    @Test
    void shouldDeliverLiveEventsOfSeveralOrgsToTheQueueOnce() {
        String queueUrl = localSqs.createQueue(QueueSettings.named(SqsTestQueues.uniqueName("live"))).queueUrl();
        StubOrg first = StubOrgs.org(7, StubOrgs.conversations(7, T0, 12, Duration.ofSeconds(40)), 1);
        StubOrg second = StubOrgs.org(8, StubOrgs.conversations(8, T0, 9, Duration.ofSeconds(50)), 1);
        MutableClock clock = new MutableClock(T0);
        EventBridgePublisher publisher = new EventBridgePublisher(sqs, queueUrl,
                new EventBridgeEnvelopes(EventBridgeSettings.defaults(), new SeededIds(8)), clock);
        LiveEventStream stream = new LiveEventStream(List.of(first.org(), second.org()), publisher, QUIET, clock);

        stream.start();
        try {
            for (int minute = 1; minute <= 40; minute += 3) {
                clock.advance(Duration.ofMinutes(3));
                int ticksBefore = (int) stream.counters().ticks();
                await("a tick at minute " + minute).atMost(Duration.ofSeconds(10))
                        .until(() -> stream.counters().ticks() > ticksBefore);
            }
            await("all 21 customer ends").atMost(Duration.ofSeconds(10))
                    .until(() -> stream.counters().customerEnds() == 21);
        } finally {
            assertTrue(stream.stop());
        }

        List<Message> received = SqsTestQueues.receiveExactly(sqs, queueUrl, 21);
        Map<String, GenesysEvent> expected = new HashMap<>();
        for (StubOrg org : List.of(first, second)) {
            org.catalog().startingBetween(T0, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1)))
                    .forEach(c -> expected.put(c.conversationId(),
                            GenesysEvents.customerEnd(org.org().spec().orgId(), c)));
        }
        Set<String> seen = new HashSet<>();
        for (Message message : received) {
            JsonObject envelope = parse(message.body());
            String conversationId = envelope.getJsonObject("detail").getJsonObject("eventBody")
                    .getString("conversationId");
            assertTrue(seen.add(conversationId), "once: " + conversationId);
            assertEnvelope(envelope, expected.get(conversationId), EventBridgeSettings.defaults());
        }
        assertEquals(expected.keySet(), seen);
    }

    /** Ticks a stream over {@code hours} of simulated time in 10-minute steps; returns what it published. */
    private static List<GenesysEvent> runForHours(SimulatedOrg org, LiveStreamSettings settings, int hours) {
        MutableClock clock = new MutableClock(T0);
        List<GenesysEvent> published = new ArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(org), published::addAll, settings, clock);
        for (int step = 0; step < hours * 6; step++) {
            clock.advance(Duration.ofMinutes(10));
            stream.tick();
        }
        return published;
    }
}
