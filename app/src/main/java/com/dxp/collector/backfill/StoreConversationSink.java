package com.dxp.collector.backfill;

import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.conversation.ConversationWriteService;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.conversation.InvalidConversationException;
import com.dxp.collector.conversation.UpsertResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The backfill's sink: the conversation store, on the chunk's transaction, as source {@code BACKFILL}. A record the
 * store refuses is set aside with the store's reason and the rest of the chunk is stored, so one bad record costs
 * that record only (it is reported, never silently dropped).
 */
@ApplicationScoped
public class StoreConversationSink implements ConversationSink {

    @Inject
    ConversationWriteService writer;

    Clock clock = Clock.systemUTC();

    @Override
    public StoredConversations store(UUID tenantId, List<HistoricalConversation> conversations) {
        return store(tenantId, conversations, ConversationSource.BACKFILL);
    }

    /** {@link #store(UUID, List)} recording {@code source} as how the records were fetched. */
    StoredConversations store(UUID tenantId, List<HistoricalConversation> conversations, ConversationSource source) {
        Instant now = clock.instant();
        List<HistoricalConversation> remaining = new ArrayList<>(conversations);
        List<RejectedConversation> rejected = new ArrayList<>();
        while (!remaining.isEmpty()) {
            try {
                UpsertResult r = writer.store(tenantId, remaining.stream()
                        .map(c -> new IncomingConversation(c.rawJson(), now, source)).toList());
                return new StoredConversations(r.inserted(), r.replaced(), r.unchanged(), rejected);
            } catch (InvalidConversationException e) {
                // refused while parsing, before anything was written: drop that record and store the others
                HistoricalConversation bad = remaining.remove(e.position() - 1);
                rejected.add(new RejectedConversation(bad.conversationId(), e.reason()));
            }
        }
        return new StoredConversations(0, 0, 0, rejected);
    }
}
