package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.LONG_AFTER;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.EscapingJsonWriter;
import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.WildEdgeSightings;
import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wild org's conversations: about one in five carries edges of real data, the first of every UTC day among
 * them, every edge shows up within a day, and the records stay deterministic, consistent with themselves and
 * readable by a tolerant client.
 */
class WildConversationsTest {

    private static final Instant DAY = Instant.parse("2026-05-13T00:00:00Z");
    private static final OrgSpec TIDY = SimulatedOrgFixtures.spec("5e1d0000-0000-4e5f-8a9b-112233445566",
            "Wild GmbH", 23, 1500, 80, 5);
    private static final OrgSpec WILD = TIDY.withWildData();

    private static SimulatedOrg org;
    private static List<SimConversation> day;
    private static List<String> records;

    @BeforeAll
    static void generate() {
        org = SimulatedOrgFixtures.create(WILD);
        day = org.conversations().startingBetween(DAY, DAY.plus(Duration.ofDays(1)), LONG_AFTER).toList();
        records = day.stream().map(c -> json(c, LONG_AFTER, true)).toList();
    }

    @Test
    void shouldMakeAboutOneConversationInFiveWild() {
        long wild = records.stream().filter(r -> !WildEdgeSightings.in(r).isEmpty()).count();

        double share = wild / (double) records.size();
        assertTrue(share > 0.17 && share < 0.23, "wild share " + share + " of " + records.size());
    }

    @Test
    void shouldMakeTheFirstConversationOfEveryUtcDayWildAndLongLived() {
        for (int d = 0; d < 5; d++) {
            Instant midnight = DAY.plus(Duration.ofDays(d));
            SimConversation first = org.conversations().startingBetween(midnight, midnight.plus(Duration.ofDays(1)),
                    LONG_AFTER).findFirst().orElseThrow();

            Set<WildEdge> edges = WildEdgeSightings.in(json(first, LONG_AFTER, false));
            assertTrue(edges.contains(WildEdge.LONG_LIVED), midnight + ": " + edges);
            assertTrue(edges.size() >= 2, "the long life and at least one drawn edge: " + edges);
        }
    }

    @Test
    void shouldShowEveryEdgeWithinADayOfAWildOrg() {
        Set<WildEdge> seen = EnumSet.noneOf(WildEdge.class);
        records.forEach(r -> seen.addAll(WildEdgeSightings.in(r)));

        assertEquals(EnumSet.allOf(WildEdge.class), seen);
    }

    @Test
    void shouldServeTwoHundredDivisionIdsInAWildOrg() {
        SimConversation many = day.stream().filter(c -> c.divisionIds().size() == 200).findFirst().orElseThrow();

        JsonObject record = parse(json(many, LONG_AFTER, false));
        assertEquals(200, record.getJsonArray("divisionIds").size());
        assertTrue(record.getJsonArray("divisionIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .allMatch(id -> UUID.fromString(id.getString()).toString().equals(id.getString())));
    }

    @Test
    void shouldServeHundredsOfParticipantsWithThousandsOfSegments() {
        JsonObject crowded = records.stream().filter(r -> WildEdgeSightings.in(r).contains(WildEdge.MANY_PARTICIPANTS))
                .map(WildConversationsTest::parse).findFirst().orElseThrow();

        int participants = crowded.getJsonArray("participants").size();
        long segments = crowded.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("sessions").getValuesAs(JsonObject.class).stream())
                .mapToLong(s -> s.getJsonArray("segments").size()).sum();
        assertTrue(participants >= 100 && participants <= 300, "participants " + participants);
        assertTrue(segments >= 1000, "segments " + segments);
    }

    @Test
    void shouldGiveTheSameBytesForTheSameSeedAndOthersForAnother() {
        List<String> repeated = SimulatedOrgFixtures.create(WILD).conversations()
                .startingBetween(DAY, DAY.plus(Duration.ofDays(1)), LONG_AFTER).map(c -> json(c, LONG_AFTER, true))
                .toList();
        OrgSpec reseeded = new OrgSpec(WILD.orgId(), WILD.name(), 24, WILD.conversationsPerDay(), WILD.userCount(),
                WILD.groupCount(), WILD.clients(), true);
        List<String> other = SimulatedOrgFixtures.create(reseeded).conversations()
                .startingBetween(DAY, DAY.plus(Duration.ofDays(1)), LONG_AFTER).map(c -> json(c, LONG_AFTER, true))
                .toList();

        assertEquals(records, repeated);
        assertNotEquals(records, other);
    }

    @Test
    void shouldLeaveTheTidyTwinWithoutAnyEdge() {
        SimulatedOrg tidy = SimulatedOrgFixtures.create(TIDY);

        assertTrue(tidy.conversations().startingBetween(DAY, DAY.plus(Duration.ofDays(1)), LONG_AFTER)
                .allMatch(c -> WildEdgeSightings.in(json(c, LONG_AFTER, true)).isEmpty()));
    }

    @Test
    void shouldKeepIdsTimestampsAndCompletionConsistent() {
        for (SimConversation conversation : day) {
            JsonObject record = parse(json(conversation, LONG_AFTER, false));

            String id = record.getString("conversationId");
            assertEquals(id, UUID.fromString(id).toString());
            assertEquals(conversation.start(), Instant.parse(record.getString("conversationStart")));
            assertEquals(conversation.end(), Instant.parse(record.getString("conversationEnd")));
            for (JsonObject participant : record.getJsonArray("participants").getValuesAs(JsonObject.class)) {
                for (JsonObject session : participant.getJsonArray("sessions").getValuesAs(JsonObject.class)) {
                    for (JsonObject segment : session.getJsonArray("segments").getValuesAs(JsonObject.class)) {
                        Instant start = Instant.parse(segment.getString("segmentStart"));
                        Instant end = Instant.parse(segment.getString("segmentEnd"));
                        assertFalse(end.isBefore(start), id);
                        assertFalse(end.isAfter(conversation.end()), id);
                    }
                }
            }
        }
    }

    @Test
    void shouldKeepWildRecordsOpenUntilTheyComplete() {
        for (SimConversation conversation : day.subList(0, 300)) {
            Instant live = conversation.start().plus(Duration.between(conversation.start(),
                    conversation.customerEnd()).dividedBy(2));

            AnalyticsConversation open = GenesysSchemaOracle.readLenient(json(conversation, live, true),
                    AnalyticsConversation.class);
            assertNull(open.getConversationEnd(), conversation.conversationId());
        }
    }

    @Test
    void shouldFindTheSameRecordByIdAsInTheWindow() {
        Instant asOf = DAY.plus(Duration.ofHours(20));
        for (SimConversation conversation : org.conversations().startingBetween(DAY, asOf, asOf).toList()) {
            SimConversation found = org.conversations().find(conversation.conversationId(), asOf).orElseThrow();

            assertEquals(json(conversation, asOf, false), json(found, asOf, false));
        }
    }

    @Test
    void shouldFindALongLivedConversationInWindowsDaysAfterItStarted() {
        SimConversation first = day.get(0);
        Instant fiveDaysLater = first.start().plus(Duration.ofDays(5));
        Duration life = Duration.between(first.start(), first.end());

        assertTrue(life.compareTo(Duration.ofDays(7)) > 0 && life.compareTo(
                OrgDataFactory.MAX_WILD_CONVERSATION_DURATION) < 0, life::toString);
        List<SimConversation> overlapping = org.conversations().overlapping(fiveDaysLater,
                fiveDaysLater.plus(Duration.ofHours(1)), LONG_AFTER).toList();
        assertTrue(overlapping.stream().anyMatch(c -> c.conversationId().equals(first.conversationId())));
        List<Instant> starts = overlapping.stream().map(SimConversation::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "still ordered by start");
        assertFalse(org.conversations().overlapping(first.end(), first.end().plus(Duration.ofHours(1)), LONG_AFTER)
                .anyMatch(c -> c.conversationId().equals(first.conversationId())), "not after it ended");
    }

    @Test
    void shouldReadWildRecordsLenientlyButNotStrictly() {
        int wild = 0;
        int strictFailures = 0;
        for (SimConversation conversation : day) {
            String withAttributes = json(conversation, LONG_AFTER, true);
            if (WildEdgeSightings.in(withAttributes).isEmpty()) {
                continue; // a tidy record: the schema contract tests read those strictly
            }
            wild++;
            GenesysSchemaOracle.readLenient(withAttributes, AnalyticsConversation.class);
            GenesysSchemaOracle.readLenient(json(conversation, LONG_AFTER, false),
                    AnalyticsConversationWithoutAttributes.class);
            try {
                GenesysSchemaOracle.read(withAttributes, AnalyticsConversation.class);
            } catch (AssertionError expected) {
                strictFailures++;
            }
        }
        assertTrue(strictFailures > wild / 2, "wild records the strict oracle refuses: " + strictFailures + " of "
                + wild);
    }

    @Test
    void shouldWriteControlCharactersAndLoneSurrogatesAsEscapesInValidUtf8() {
        String record = records.stream().filter(r -> WildEdgeSightings.in(r).containsAll(
                Set.of(WildEdge.CONTROL_CHARACTERS, WildEdge.UNPAIRED_SURROGATES))).findFirst().orElseThrow();
        JsonObject original = parse(record);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = Json.createGenerator(
                new EscapingJsonWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)))) {
            out.write(original);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(text.contains("\\u0000") && text.contains("\\u0001") && text.contains("\\u001f")
                && text.contains("\\u007f") && text.contains("\\ud800") && text.contains("\\udfff"));
        assertTrue(text.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0xfffd), "nothing raw, nothing lost");
        assertEquals(original, parse(text), "the escapes read back as the same strings");
    }

    @Test
    void shouldKeepConversationLevelValuesForFiltersInStepWithTheRecord() {
        for (SimConversation conversation : day) {
            JsonObject record = parse(json(conversation, LONG_AFTER, false));

            assertEquals(conversation.direction(), record.getString("originatingDirection"));
            assertEquals(conversation.divisionIds().size(), record.getJsonArray("divisionIds").size());
            for (JsonObject participant : record.getJsonArray("participants").getValuesAs(JsonObject.class)) {
                JsonValue userId = participant.get("userId");
                if (userId != null) {
                    assertTrue(conversation.userIds().contains(participant.getString("userId")));
                }
            }
        }
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
