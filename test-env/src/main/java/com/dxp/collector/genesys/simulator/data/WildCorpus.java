package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.EscapingJsonWriter;
import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ready-made wild conversation records as raw JSON, for tests that feed them to the collector directly (an import
 * endpoint, a store) and compare what comes back: two records for each {@link WildEdge}, one of voice and one of
 * digital media, then one record carrying every edge together. Each is a complete analytics detail record with
 * participant attributes (as async jobs return them), written as the simulator's API writes it (control
 * characters and unpaired surrogates escaped), with a conversation id of its own. The records come from a fixed
 * org and always read the same; no simulated org serves them.
 */
public final class WildCorpus {

    /** The org the records come from; its tidy conversations of one morning are the starting points. */
    static final OrgSpec ORG = new OrgSpec(UUID.fromString("3f5c0a1e-7b2d-4c8e-9a6f-0d1e2f3a4b5c"), "Wild Corpus",
            20_260_513L, 3_000, 60, 4, List.of()).withWildData();

    private static final Instant MORNING = Instant.parse("2026-05-13T08:00:00Z");
    private static final Instant LONG_AFTER = Instant.parse("2027-01-01T00:00:00Z");
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final List<Record> RECORDS = build();

    private WildCorpus() {
    }

    /** Every record of the corpus: two per edge in {@link WildEdge} order, then {@link #allEdgesTogether()}. */
    public static List<String> conversations() {
        return RECORDS.stream().map(Record::json).toList();
    }

    /** The records made to exercise {@code edge}: a voice one, then a digital one (the last record has it too). */
    public static List<String> exercising(WildEdge edge) {
        return RECORDS.stream().filter(r -> r.edges().size() == 1 && r.edges().contains(edge)).map(Record::json)
                .toList();
    }

    /** The records with strings of up to 10,000 characters ({@link WildEdge#LONG_STRINGS}). */
    public static List<String> longNames() {
        return exercising(WildEdge.LONG_STRINGS);
    }

    /** One voice record carrying every edge at once. */
    public static String allEdgesTogether() {
        return RECORDS.get(RECORDS.size() - 1).json();
    }

    /** The conversation ids of {@link #conversations()}, in the same order. */
    public static List<String> conversationIds() {
        return RECORDS.stream().map(Record::conversationId).toList();
    }

    /** One record and the edges it was made with. */
    private record Record(String conversationId, Set<WildEdge> edges, String json) {
    }

    private static List<Record> build() {
        long orgKey = Seeds.orgKey(ORG);
        GeneratedDirectory directory = new GeneratedDirectory(ORG);
        SlotTraffic traffic = new SlotTraffic(orgKey, ORG.conversationsPerDay(), DailyCurve.standard());
        ConversationIds ids = new ConversationIds(orgKey);
        ConversationFactory factory = new ConversationFactory(directory, orgKey,
                SimulatorSettings.defaults().completionDelay(), WildSchedule.tidy(),
                new ConversationLinks(orgKey, new ReferenceTables(ORG, directory)));
        List<ConversationKey> voice = new ArrayList<>();
        List<ConversationKey> digital = new ArrayList<>();
        long slot = MORNING.toEpochMilli() / SlotTraffic.SLOT_MILLIS;
        while (voice.size() <= WildEdge.values().length || digital.size() < WildEdge.values().length) {
            for (ConversationKey key : GeneratedConversationCatalog.keys(traffic, ids, slot++)) {
                String media = factory.create(key, Set.of()).mediaType();
                (ConversationFactory.VOICE.equals(media) ? voice : digital).add(key);
            }
        }
        List<Record> records = new ArrayList<>();
        for (WildEdge edge : WildEdge.values()) {
            records.add(record(factory, voice.get(edge.ordinal()), EnumSet.of(edge)));
            records.add(record(factory, digital.get(edge.ordinal()), EnumSet.of(edge)));
        }
        records.add(record(factory, voice.get(WildEdge.values().length), EnumSet.allOf(WildEdge.class)));
        return List.copyOf(records);
    }

    private static Record record(ConversationFactory factory, ConversationKey key, Set<WildEdge> edges) {
        GeneratedConversation conversation = factory.create(key, edges);
        StringWriter text = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(new EscapingJsonWriter(text))) {
            conversation.writeJson(out, LONG_AFTER, true);
        }
        return new Record(conversation.conversationId(), Set.copyOf(edges), text.toString());
    }
}
