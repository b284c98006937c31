package com.dxp.collector.genesys.simulator.events;

import static com.dxp.collector.genesys.simulator.events.EnvelopeAssertions.assertEnvelope;
import static com.dxp.collector.genesys.simulator.events.SqsTestQueues.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.MutableClock;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.dxp.collector.genesys.simulator.data.OrgDataFactory;
import com.dxp.collector.genesys.simulator.data.WildText;
import com.mypurecloud.sdk.v2.model.CustomerEndDetailEventTopicCustomerEndEvent;
import com.mypurecloud.sdk.v2.model.OperationalEventNotificationTopicOperationalEventNotification;
import com.mypurecloud.sdk.v2.model.UserTokensTopicTokenNotification;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wild org's events: a seeded third carries unknown fields and wild strings, a few an eventTime of
 * Long.MAX_VALUE, all in valid envelopes; a tidy org's events stay as they were.
 */
class WildEventsTest {

    private static final Instant T0 = Instant.parse("2026-05-14T08:00:00Z");
    private static final EventBridgeSettings SETTINGS = EventBridgeSettings.defaults();
    private static final OrgSpec TIDY = new OrgSpec(UUID.fromString("5e1d0000-0000-4e5f-8a9b-112233445566"),
            "Events GmbH", 31, 5_000, 60, 3, List.of());
    private static final OrgSpec WILD = TIDY.withWildData();

    private static List<GenesysEvent> tidy;
    private static List<GenesysEvent> wild;

    @BeforeAll
    static void publishADay() {
        SimulatedOrg org = OrgDataFactory.create(WILD, SimulatorSettings.defaults());
        tidy = new ArrayList<>();
        for (SimConversation c : org.conversations().startingBetween(T0, T0.plus(Duration.ofHours(1)), T0.plus(
                Duration.ofDays(1))).toList()) {
            tidy.add(GenesysEvents.customerEnd(WILD.orgId(), c));
        }
        OperationalEventDefinition definition = OperationalEventDefinition.CATALOGUE.get(0);
        for (int i = 0; i < 300; i++) {
            Instant at = T0.plusSeconds(37L * i);
            tidy.add(GenesysEvents.operational(WILD.orgId(), new OperationalEvent(definition, "e" + i,
                    "Main IVR", null, at)));
            tidy.add(GenesysEvents.userToken(WILD.orgId(), new UserLogin("u" + i, "Erika Beispiel", at,
                    Duration.ofHours(24), "s" + i, "c", "ab".repeat(32), "203.0.113.7")));
        }
        wild = tidy.stream().map(e -> WildEvents.roughen(e, WILD.seed())).toList();
    }

    @Test
    void shouldRoughenAboutOneEventInThreeTheSameWayEveryTime() {
        long roughened = wild.stream().filter(e -> e.eventBody().containsKey("deliveryHints")).count();

        double share = roughened / (double) wild.size();
        assertTrue(share > 0.28 && share < 0.39, "share " + share);
        assertEquals(wild, tidy.stream().map(e -> WildEvents.roughen(e, WILD.seed())).toList());
    }

    @Test
    void shouldCarryLongStringsControlCharactersEmojiAndLoneSurrogates() {
        for (EventTopic topic : EventTopic.values()) {
            List<String> strings = new ArrayList<>();
            wild.stream().filter(e -> e.topic() == topic).forEach(e -> strings(e.eventBody(), strings));

            assertTrue(strings.stream().anyMatch(s -> s.length() == WildText.LONGEST), topic::name);
            assertTrue(strings.stream().anyMatch(s -> s.contains("\u0000") && s.contains("\u007f")), topic::name);
            assertTrue(strings.stream().anyMatch(s -> s.contains("\ud83d\ude00")
                    && s.contains(WildText.HIGH_SURROGATE + " ")), topic::name);
        }
    }

    @Test
    void shouldGiveAFewEventsAnEventTimeOfLongMaxValue() {
        long hugeEnds = count(e -> e.topic() == EventTopic.CUSTOMER_END
                && e.eventBody().getJsonNumber("eventTime").longValueExact() == Long.MAX_VALUE);
        long hugeOps = count(e -> e.topic() == EventTopic.OPERATIONAL_EVENTS
                && e.eventBody().getJsonNumber("timestamp").longValueExact() == Long.MAX_VALUE);

        assertTrue(hugeEnds > 0 && hugeEnds < wild.size() / 10, "customer.end: " + hugeEnds);
        assertTrue(hugeOps > 0 && hugeOps < 60, "operational: " + hugeOps);
    }

    @Test
    void shouldWrapWildEventsInValidEnvelopesWithEscapedBodies() {
        EventBridgeEnvelopes envelopes = new EventBridgeEnvelopes(SETTINGS, new SeededIds(3));
        for (GenesysEvent event : wild) {
            String body = envelopes.wrap(event).body();

            assertEnvelope(parse(body), event, SETTINGS);
            assertTrue(body.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "control characters escaped");
            assertTrue(body.length() < EventBridgePublisher.MAX_BATCH_BYTES / 4, "fits an SQS message");
        }
    }

    @Test
    void shouldReadWildBodiesWithTheLenientOracle() {
        for (GenesysEvent event : wild) {
            String body = event.eventBody().toString();
            switch (event.topic()) {
                case CUSTOMER_END -> GenesysSchemaOracle.readLenient(body,
                        CustomerEndDetailEventTopicCustomerEndEvent.class);
                case USER_TOKENS -> GenesysSchemaOracle.readLenient(body, UserTokensTopicTokenNotification.class);
                case OPERATIONAL_EVENTS -> GenesysSchemaOracle.readLenient(body,
                        OperationalEventNotificationTopicOperationalEventNotification.class);
            }
        }
    }

    @Test
    void shouldRoughenTheLiveEventsOfAWildOrgOnly() {
        LiveStreamSettings settings = LiveStreamSettings.defaults().withAgentLogins(1, Duration.ofHours(1))
                .withOperationalEventEvery(Duration.ofMinutes(1));
        OrgSpec tidyOrg = new OrgSpec(UUID.fromString("7a1d0000-0000-4e5f-8a9b-112233445566"), "Tidy AG", 32,
                20_000, 60, 3, List.of());
        MutableClock clock = new MutableClock(T0);
        List<GenesysEvent> published = new CopyOnWriteArrayList<>();
        LiveEventStream stream = new LiveEventStream(List.of(OrgDataFactory.create(tidyOrg,
                SimulatorSettings.defaults()), OrgDataFactory.create(WILD, SimulatorSettings.defaults())),
                published::addAll, settings, clock);
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            stream.tick();
        }

        Predicate<GenesysEvent> roughened = e -> e.eventBody().containsKey("deliveryHints");
        List<GenesysEvent> ofWild = published.stream().filter(e -> e.orgId().equals(WILD.orgId())).toList();
        List<GenesysEvent> ofTidy = published.stream().filter(e -> e.orgId().equals(tidyOrg.orgId())).toList();
        assertFalse(ofTidy.isEmpty());
        assertFalse(ofTidy.stream().anyMatch(roughened));
        assertTrue(ofWild.stream().anyMatch(roughened));
        assertTrue(ofWild.stream().anyMatch(roughened.negate()));
    }

    private static long count(Predicate<GenesysEvent> which) {
        return wild.stream().filter(which).count();
    }

    private static void strings(JsonValue value, List<String> sink) {
        switch (value.getValueType()) {
            case STRING -> sink.add(((JsonString) value).getString());
            case OBJECT -> ((JsonObject) value).values().forEach(v -> strings(v, sink));
            case ARRAY -> value.asJsonArray().forEach(v -> strings(v, sink));
            default -> { }
        }
    }
}
