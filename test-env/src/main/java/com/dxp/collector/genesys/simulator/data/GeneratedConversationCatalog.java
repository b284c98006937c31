package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.ConversationCatalog;
import com.dxp.collector.genesys.simulator.SimConversation;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The conversations of one org without storage: a window is answered by walking its minute slots, counting
 * each slot's conversations with {@link SlotTraffic}, ordering them by start and id, and building only those
 * that qualify, lazily as the stream is consumed. {@link #overlapping} looks back by
 * {@link ConversationFactory#MAX_DURATION} for conversations still running when the window opens, and, in a wild
 * org, asks its {@link WildSchedule} for the long-lived ones that started earlier still.
 */
final class GeneratedConversationCatalog implements ConversationCatalog {

    private static final Comparator<ConversationKey> BY_START_THEN_ID =
            Comparator.comparingLong(ConversationKey::startMillis).thenComparing(ConversationKey::id);
    private static final long LOOK_BACK = ConversationFactory.MAX_DURATION.toMillis();

    private final SlotTraffic traffic;
    private final ConversationIds ids;
    private final ConversationFactory factory;
    private final WildSchedule schedule;

    GeneratedConversationCatalog(SlotTraffic traffic, ConversationIds ids, ConversationFactory factory,
                                 WildSchedule schedule) {
        this.traffic = traffic;
        this.ids = ids;
        this.factory = factory;
        this.schedule = schedule;
    }

    @Override
    public Stream<SimConversation> startingBetween(Instant from, Instant to, Instant asOf) {
        long fromMillis = IsoTimestamps.epochMillis(from);
        long toMillis = IsoTimestamps.epochMillis(to);
        if (toMillis <= fromMillis) {
            return Stream.empty();
        }
        long lastStart = Math.min(toMillis - 1, IsoTimestamps.epochMillis(asOf));
        return scan(fromMillis, lastStart, start -> start >= fromMillis && start <= lastStart, c -> true);
    }

    @Override
    public Stream<SimConversation> overlapping(Instant from, Instant to, Instant asOf) {
        long fromMillis = IsoTimestamps.epochMillis(from);
        long toMillis = IsoTimestamps.epochMillis(to);
        if (toMillis <= fromMillis) {
            return Stream.empty();
        }
        long lastStart = Math.min(toMillis - 1, IsoTimestamps.epochMillis(asOf));
        long firstStart = Math.max(fromMillis, 0) - LOOK_BACK;
        Stream<SimConversation> scanned = scan(firstStart, lastStart, start -> start <= lastStart,
                c -> c.endMillis() > fromMillis);
        List<ConversationKey> longLived = schedule.longLivedStartingBefore(firstStart);
        if (longLived.isEmpty()) {
            return scanned;
        }
        Stream<SimConversation> earlier = longLived.stream().filter(key -> key.startMillis() <= lastStart)
                .map(factory::create).filter(c -> c.endMillis() > fromMillis).map(SimConversation.class::cast);
        return Stream.concat(earlier, scanned);
    }

    @Override
    public Optional<SimConversation> find(String conversationId, Instant asOf) {
        long packed = ids.decode(conversationId);
        if (packed < 0) {
            return Optional.empty();
        }
        long slot = packed >>> 16;
        int index = (int) (packed & 0xFFFF);
        if (index >= traffic.count(slot)) {
            return Optional.empty();
        }
        long start = traffic.startMillis(slot, index);
        if (start > IsoTimestamps.epochMillis(asOf)) {
            return Optional.empty();
        }
        return Optional.of(factory.create(new ConversationKey(slot, index, start, conversationId)));
    }

    /** The keys of one slot's conversations, ordered by start, then id. */
    List<ConversationKey> keys(long slot) {
        return keys(traffic, ids, slot);
    }

    static List<ConversationKey> keys(SlotTraffic traffic, ConversationIds ids, long slot) {
        int count = traffic.count(slot);
        if (count == 0) {
            return List.of();
        }
        ConversationKey[] keys = new ConversationKey[count];
        for (int i = 0; i < count; i++) {
            keys[i] = new ConversationKey(slot, i, traffic.startMillis(slot, i), ids.encode(slot, i));
        }
        Arrays.sort(keys, BY_START_THEN_ID);
        return Arrays.asList(keys);
    }

    private Stream<SimConversation> scan(long firstMillis, long lastMillis, LongPredicate startQualifies,
                                         Predicate<GeneratedConversation> qualifies) {
        if (lastMillis < firstMillis) {
            return Stream.empty();
        }
        long firstSlot = Math.max(0, Math.floorDiv(firstMillis, SlotTraffic.SLOT_MILLIS));
        long lastSlot = Math.min(ConversationIds.MAX_SLOT, Math.floorDiv(lastMillis, SlotTraffic.SLOT_MILLIS));
        if (lastSlot < firstSlot) {
            return Stream.empty();
        }
        return StreamSupport.stream(new SlotSpliterator(firstSlot, lastSlot, startQualifies, qualifies), false);
    }

    /** Walks slots one by one, building a conversation only when the stream asks for the next one. */
    private final class SlotSpliterator extends Spliterators.AbstractSpliterator<SimConversation> {

        private final long lastSlot;
        private final LongPredicate startQualifies;
        private final Predicate<GeneratedConversation> qualifies;
        private long nextSlot;
        private List<ConversationKey> current = List.of();
        private int position;

        SlotSpliterator(long firstSlot, long lastSlot, LongPredicate startQualifies,
                        Predicate<GeneratedConversation> qualifies) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT
                    | Spliterator.IMMUTABLE);
            this.nextSlot = firstSlot;
            this.lastSlot = lastSlot;
            this.startQualifies = startQualifies;
            this.qualifies = qualifies;
        }

        @Override
        public boolean tryAdvance(Consumer<? super SimConversation> action) {
            while (true) {
                while (position < current.size()) {
                    ConversationKey key = current.get(position++);
                    if (startQualifies.test(key.startMillis())) {
                        GeneratedConversation conversation = factory.create(key);
                        if (qualifies.test(conversation)) {
                            action.accept(conversation);
                            return true;
                        }
                    }
                }
                if (nextSlot > lastSlot) {
                    return false;
                }
                current = keys(nextSlot++);
                position = 0;
            }
        }
    }
}
