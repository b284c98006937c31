package com.dxp.collector.backfill;

import com.dxp.collector.conversation.ConversationSource;
import com.dxp.collector.conversation.ConversationWriteService;
import com.dxp.collector.conversation.IncomingConversation;
import com.dxp.collector.conversation.UpsertResult;
import com.dxp.collector.platform.jdbc.StoreException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The backfill's sink: the conversation store, on the chunk's transaction, as source {@code BACKFILL}. A record the
 * store refuses is set aside with the store's reason (in {@code refused_conversation}, and listed with the run as a
 * skip) and the rest of the chunk is stored, so one bad record costs that record only, never silently. A value the
 * database refuses loses the chunk's transaction: that is a {@link ConversationRefusedException}, on which the job
 * writes the chunk again one record at a time and sets aside the one refused alone.
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
        UpsertResult r;
        try {
            r = writer.store(tenantId, conversations.stream()
                    .map(c -> new IncomingConversation(c.rawJson(), now, source)).toList());
        } catch (StoreException e) {
            if (StoreException.refusesAValue(e)) {
                // the chunk's transaction is lost: the job writes the chunk again one record at a time
                throw new ConversationRefusedException("the database refused a value (" + e.getMessage() + ")", e);
            }
            throw e;
        }
        List<RejectedConversation> rejected = r.refused().stream().map(refused -> new RejectedConversation(
                conversations.get(refused.position() - 1).conversationId(), refused.reason())).toList();
        return new StoredConversations(r.inserted(), r.replaced(), r.unchanged(), rejected);
    }

    @Override
    public void setAside(UUID tenantId, HistoricalConversation conversation, String reason) {
        writer.setAside(tenantId, conversation.conversationId(), new IncomingConversation(conversation.rawJson(),
                clock.instant(), ConversationSource.BACKFILL), reason);
    }
}
