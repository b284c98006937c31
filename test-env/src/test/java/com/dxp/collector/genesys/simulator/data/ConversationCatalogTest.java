package com.dxp.collector.genesys.simulator.data;

import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.LONG_AFTER;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.WEDNESDAY_9AM;
import static com.dxp.collector.genesys.simulator.data.SimulatedOrgFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.OrgDirectory;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog as the API module uses it: windows, overlap, lookup by id, volume, completion over time. */
class ConversationCatalogTest {

    private static final Instant FROM = WEDNESDAY_9AM;
    private static final Instant TO = WEDNESDAY_9AM.plus(Duration.ofHours(2));

    private final SimulatedOrg acme = SimulatedOrgFixtures.create(SimulatedOrgFixtures.acme());
    private final ConversationCatalog catalog = acme.conversations();

    @Test
    void shouldServeIdenticalBytesFromIndependentlyCreatedOrgs() {
        SimulatedOrg again = SimulatedOrgFixtures.create(SimulatedOrgFixtures.acme());
        Instant asOf = FROM.plus(Duration.ofMinutes(90));

        assertEquals(serialize(catalog.startingBetween(FROM, TO, asOf).toList(), asOf),
                serialize(again.conversations().startingBetween(FROM, TO, asOf).toList(), asOf));
        assertEquals(serialize(catalog.overlapping(FROM, TO, asOf).toList(), asOf),
                serialize(again.conversations().overlapping(FROM, TO, asOf).toList(), asOf));
    }

    @Test
    void shouldGiveDifferentOrgsDisjointIds() {
        Set<String> acmeIds = ids(catalog.startingBetween(FROM, TO, LONG_AFTER).toList());
        SimulatedOrg sameSeedOtherOrg = SimulatedOrgFixtures.create(SimulatedOrgFixtures.spec(
                "12345678-9abc-4def-8123-456789abcdef", "Acme GmbH", 42, 5000, 120, 10));
        SimulatedOrg globex = SimulatedOrgFixtures.create(SimulatedOrgFixtures.globex());

        for (SimulatedOrg other : List.of(sameSeedOtherOrg, globex)) {
            Set<String> otherIds = ids(other.conversations().startingBetween(FROM, TO, LONG_AFTER).toList());
            assertFalse(otherIds.isEmpty());
            otherIds.retainAll(acmeIds);
            assertEquals(Set.of(), otherIds);
        }
    }

    @Test
    void shouldFindEveryConversationByItsIdAlone() {
        for (SimConversation conversation : catalog.startingBetween(FROM, TO, LONG_AFTER).toList()) {
            SimConversation found = catalog.find(conversation.conversationId(), LONG_AFTER).orElseThrow();

            assertEquals(json(conversation, LONG_AFTER, true), json(found, LONG_AFTER, true));
        }
    }

    @Test
    void shouldNotFindConversationsOfOtherOrgs() {
        ConversationCatalog globex = SimulatedOrgFixtures.create(SimulatedOrgFixtures.globex()).conversations();

        for (SimConversation foreign : globex.startingBetween(FROM, TO, LONG_AFTER).toList()) {
            assertTrue(catalog.find(foreign.conversationId(), LONG_AFTER).isEmpty(), foreign.conversationId());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "c0ffee00-1111-4222-8333-444455556666",
        "00000000-0000-0000-0000-000000000000", "c0ffee00111142228333444455556666",
        "c0ffee00-1111-4222-8333-4444555566667"})
    void shouldNotFindMalformedOrUnknownIds(String id) {
        assertTrue(catalog.find(id, LONG_AFTER).isEmpty());
    }

    @Test
    void shouldNotFindAnIdWithAnyCharacterChangedOrUpperCased() {
        String id = catalog.startingBetween(FROM, TO, LONG_AFTER).findFirst().orElseThrow().conversationId();

        assertTrue(catalog.find(id.toUpperCase(java.util.Locale.ROOT), LONG_AFTER).isEmpty());
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) != '-') {
                String changed = id.substring(0, i) + (id.charAt(i) == 'a' ? 'b' : 'a') + id.substring(i + 1);
                assertTrue(catalog.find(changed, LONG_AFTER).isEmpty(), changed);
            }
        }
        assertTrue(catalog.find(null, LONG_AFTER).isEmpty());
    }

    @Test
    void shouldNotFindOrListConversationsBeforeTheyStart() {
        SimConversation conversation = catalog.startingBetween(FROM, TO, LONG_AFTER).findFirst().orElseThrow();
        Instant justBefore = conversation.start().minusMillis(1);

        assertTrue(catalog.find(conversation.conversationId(), justBefore).isEmpty());
        assertTrue(catalog.find(conversation.conversationId(), conversation.start()).isPresent());
        Instant asOf = FROM.plus(Duration.ofMinutes(30));
        assertTrue(catalog.startingBetween(FROM, TO, asOf).allMatch(c -> !c.start().isAfter(asOf)));
        assertTrue(catalog.overlapping(FROM, TO, asOf).allMatch(c -> !c.start().isAfter(asOf)));
    }

    @Test
    void shouldListConversationsStartingInTheWindowOrderedByStartThenId() {
        List<SimConversation> listed = catalog.startingBetween(FROM, TO, LONG_AFTER).toList();

        assertTrue(listed.size() > 500, "listed " + listed.size());
        assertTrue(listed.stream().allMatch(c -> !c.start().isBefore(FROM) && c.start().isBefore(TO)));
        assertEquals(listed.stream().sorted(Comparator.comparing(SimConversation::start)
                .thenComparing(SimConversation::conversationId)).toList(), listed);
        assertEquals(listed.size(), ids(listed).size());
    }

    @Test
    void shouldListInOverlappingEverythingWhoseLifetimeTouchesTheWindow() {
        List<SimConversation> overlapping = catalog.overlapping(FROM, TO, LONG_AFTER).toList();
        Set<String> starting = ids(catalog.startingBetween(FROM, TO, LONG_AFTER).toList());
        List<SimConversation> bruteForce = catalog.startingBetween(
                FROM.minus(ConversationFactory.MAX_DURATION).minus(Duration.ofHours(1)), TO, LONG_AFTER)
                .filter(c -> c.end().isAfter(FROM)).toList();

        assertEquals(ids(bruteForce), ids(overlapping));
        assertTrue(ids(overlapping).containsAll(starting));
        List<SimConversation> runningAtStart = overlapping.stream().filter(c -> c.start().isBefore(FROM)).toList();
        assertFalse(runningAtStart.isEmpty());
        assertTrue(runningAtStart.stream().allMatch(c -> c.end().isAfter(FROM)));
        assertEquals(overlapping.stream().sorted(Comparator.comparing(SimConversation::start)
                .thenComparing(SimConversation::conversationId)).toList(), overlapping);
    }

    @Test
    void shouldAverageConversationsPerDayOverTwoWeeks() {
        Instant monday = Instant.parse("2026-05-11T00:00:00Z");
        List<Long> perDay = new ArrayList<>();
        for (int day = 0; day < 14; day++) {
            Instant from = monday.plus(Duration.ofDays(day));
            perDay.add(catalog.startingBetween(from, from.plus(Duration.ofDays(1)), LONG_AFTER).count());
        }
        double mean = perDay.stream().mapToLong(Long::longValue).average().orElseThrow();

        assertEquals(5000, mean, 5000 * 0.02, "daily volumes " + perDay);
        assertTrue(perDay.get(2) > perDay.get(5) && perDay.get(2) > perDay.get(6), "weekdays busier " + perDay);
    }

    @Test
    void shouldBeQuietAtNightAndBusyLateMorning() {
        long night = catalog.startingBetween(FROM.minus(Duration.ofHours(7)), FROM.minus(Duration.ofHours(5)),
                LONG_AFTER).count();
        long lateMorning = catalog.startingBetween(FROM.plus(Duration.ofHours(1)), FROM.plus(Duration.ofHours(3)),
                LONG_AFTER).count();

        assertTrue(lateMorning > 5 * night, "02-04h " + night + ", 10-12h " + lateMorning);
    }

    @Test
    void shouldStreamLazilyOverWindowsOfWeeks() {
        List<SimConversation> firstFew = catalog.startingBetween(FROM, FROM.plus(Duration.ofDays(365)), LONG_AFTER)
                .limit(5).toList();

        assertEquals(5, firstFew.size());
        long aWeek = catalog.startingBetween(FROM, FROM.plus(Duration.ofDays(7)), LONG_AFTER).count();
        assertEquals(35_000, aWeek, 35_000 * 0.05);
    }

    @Test
    void shouldKeepTimelinesConsistentAndWithinTheMaximumDuration() {
        Duration delay = Duration.ofMinutes(2);
        for (SimConversation c : catalog.overlapping(FROM, TO, LONG_AFTER).toList()) {
            assertFalse(c.customerEnd().isBefore(c.start()), c::conversationId);
            assertFalse(c.end().isBefore(c.customerEnd()), c::conversationId);
            assertEquals(max(c.end(), c.customerEnd().plus(delay)), c.completedAt());
            assertTrue(Duration.between(c.start(), c.end()).compareTo(ConversationFactory.MAX_DURATION) < 0);
        }
    }

    @Test
    void shouldNameOnlyAgentsQueuesAndDivisionsOfTheDirectory() {
        OrgDirectory directory = acme.directory();
        for (SimConversation c : catalog.startingBetween(FROM, TO, LONG_AFTER).toList()) {
            assertTrue(directory.agentIds().containsAll(c.userIds()), c::conversationId);
            assertTrue(directory.queueIds().containsAll(c.queueIds()), c::conversationId);
            assertTrue(directory.divisionIds().containsAll(c.divisionIds()), c::conversationId);
            assertFalse(c.divisionIds().isEmpty());
            assertTrue(c.customerParticipantId() != null && c.customerSessionId() != null);
            if (c.mediaType().equals("voice")) {
                assertTrue(c.ani().startsWith("tel:+49") && c.dnis().startsWith("tel:+49"));
            }
        }
    }

    @Test
    void shouldMixMediaLikeAContactCentre() {
        List<SimConversation> day = catalog.startingBetween(FROM, FROM.plus(Duration.ofDays(1)), LONG_AFTER).toList();
        double voice = day.stream().filter(c -> c.mediaType().equals("voice")).count() / (double) day.size();
        Set<String> media = day.stream().map(SimConversation::mediaType).collect(Collectors.toSet());

        assertEquals(0.70, voice, 0.03);
        assertEquals(Set.of("voice", "message", "chat", "email", "callback"), media);
        assertTrue(day.stream().anyMatch(c -> c.userIds().size() > 1), "transfers and conferences");
        assertTrue(day.stream().anyMatch(c -> c.userIds().isEmpty()), "abandoned and self-served");
    }

    @Test
    void shouldCompleteTheRecordOnlyAtCompletedAt() {
        SimConversation c = catalog.startingBetween(FROM, TO, LONG_AFTER)
                .filter(x -> x.mediaType().equals("voice") && x.userIds().size() == 1
                        && x.direction().equals("inbound"))
                .findFirst().orElseThrow();
        String beforeCustomerEnd = json(c, c.customerEnd().minusMillis(1), false);
        String wrappingUp = json(c, c.completedAt().minusMillis(1), false);
        String complete = json(c, c.completedAt(), false);

        assertFalse(beforeCustomerEnd.contains("\"segmentType\":\"wrapup\""));
        assertFalse(wrappingUp.contains("conversationEnd"));
        assertTrue(wrappingUp.contains("\"segmentType\":\"wrapup\""));
        assertTrue(wrappingUp.matches(".*\\{\"segmentStart\":\"[^\"]+\",\"segmentType\":\"wrapup\".*"),
                "open wrap-up segment: " + wrappingUp);
        assertFalse(wrappingUp.contains("\"tAcw\""));
        assertFalse(wrappingUp.contains("wrapUpCode"));
        assertTrue(wrappingUp.contains("\"tTalkComplete\""));
        assertTrue(complete.contains("\"conversationEnd\":\"" + IsoTimestamps.format(c.end().toEpochMilli())));
        assertTrue(complete.contains("\"tAcw\""));
        assertTrue(complete.contains("wrapUpCode"));
        assertEquals(complete, json(c, LONG_AFTER, false));
    }

    @Test
    void shouldHaveMostlyGoodVoiceQualityWithAPoorTail() {
        List<Double> mos = new ArrayList<>();
        for (SimConversation c : catalog.startingBetween(FROM, FROM.plus(Duration.ofHours(8)), LONG_AFTER).toList()) {
            if (c.mediaType().equals("voice")) {
                String text = json(c, LONG_AFTER, false);
                int at = text.indexOf("\"mediaStatsMinConversationMos\":") + "\"mediaStatsMinConversationMos\":".length();
                mos.add(Double.parseDouble(text.substring(at, text.indexOf(',', at))));
            }
        }
        double good = mos.stream().filter(m -> m >= 4.0 && m <= 4.5).count() / (double) mos.size();
        double poor = mos.stream().filter(m -> m < 3.5).count() / (double) mos.size();

        assertTrue(mos.size() > 1000);
        assertEquals(0.86, good, 0.04);
        assertEquals(0.05, poor, 0.02);
        assertTrue(mos.stream().allMatch(m -> m >= 1.0 && m <= 4.5));
    }

    @Test
    void shouldDeriveTheRFactorFromTheMos() {
        int previous = 0;
        for (int mos = 100; mos <= 450; mos++) {
            int r = MediaQuality.rFactorTenths(mos);
            assertTrue(r >= previous, "R-factor grows with MOS at " + mos);
            previous = r;
        }
        assertEquals(932, MediaQuality.rFactorTenths(441), 5);
        assertTrue(MediaQuality.rFactorTenths(350) < 720);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Set<String> ids(List<SimConversation> conversations) {
        Set<String> ids = new HashSet<>();
        conversations.forEach(c -> ids.add(c.conversationId()));
        return ids;
    }

    private static String serialize(List<SimConversation> conversations, Instant asOf) {
        return SimulatedOrgFixtures.write(out -> {
            out.writeStartArray();
            conversations.forEach(c -> c.writeJson(out, asOf, true));
            out.writeEnd();
        });
    }
}
