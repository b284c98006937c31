package com.dxp.collector.backfill;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The conversation store in memory: upserts by id and counts how often each id was written, so a test can tell a
 * record stored twice from one stored once. A test may refuse records or inject a fault before a write.
 */
@ApplicationScoped
public class InMemoryConversationSink implements ConversationSink {

    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
    private final AtomicInteger chunks = new AtomicInteger();
    private final Map<String, String> setAside = new ConcurrentHashMap<>();
    private volatile Function<HistoricalConversation, String> refusal = c -> null;
    private volatile Consumer<List<HistoricalConversation>> fault = chunk -> { };

    public void reset() {
        stored.clear();
        writes.clear();
        chunks.set(0);
        setAside.clear();
        refusal = c -> null;
        fault = chunk -> { };
    }

    /** Refuses the records for which {@code reason} answers a reason (null: store it). */
    public void refuse(Function<HistoricalConversation, String> reason) {
        refusal = reason;
    }

    /** Runs before each chunk is stored; may throw. */
    public void fault(Consumer<List<HistoricalConversation>> fault) {
        this.fault = fault;
    }

    @Override
    public StoredConversations store(UUID tenantId, List<HistoricalConversation> conversations) {
        fault.accept(conversations);
        chunks.incrementAndGet();
        int inserted = 0;
        int replaced = 0;
        int unchanged = 0;
        List<RejectedConversation> rejected = new ArrayList<>();
        for (HistoricalConversation c : conversations) {
            String reason = refusal.apply(c);
            if (reason != null) {
                rejected.add(new RejectedConversation(c.conversationId(), reason));
                continue;
            }
            writes.computeIfAbsent(c.conversationId(), k -> new AtomicInteger()).incrementAndGet();
            String before = stored.put(c.conversationId(), c.rawJson());
            if (before == null) {
                inserted++;
            } else if (before.equals(c.rawJson())) {
                unchanged++;
            } else {
                replaced++;
            }
        }
        return new StoredConversations(inserted, replaced, unchanged, rejected);
    }

    @Override
    public void setAside(UUID tenantId, HistoricalConversation conversation, String reason) {
        setAside.put(conversation.conversationId(), reason);
    }

    /** Records set aside, with their reasons. */
    public Map<String, String> setAside() {
        return Map.copyOf(setAside);
    }

    public Map<String, String> stored() {
        return Map.copyOf(stored);
    }

    /** Ids written more than once. */
    public List<String> writtenTwice() {
        return writes.entrySet().stream().filter(e -> e.getValue().get() > 1).map(Map.Entry::getKey).sorted().toList();
    }
}
