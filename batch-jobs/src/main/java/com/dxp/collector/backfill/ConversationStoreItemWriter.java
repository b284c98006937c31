package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Stores a chunk of conversations through the {@link ConversationSink} and reports what the store did. Records the
 * store refuses are reported one by one through {@link BackfillProgress#skipped}, so none disappears silently.
 */
@Named("conversationStoreItemWriter")
@Dependent
public class ConversationStoreItemWriter extends AbstractItemWriter {

    @Inject
    ConversationSink sink;

    @Inject
    BackfillProgress progress;

    @Inject
    JobContext jobContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    private UUID tenant;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
    }

    @Override
    public void writeItems(List<Object> items) {
        List<HistoricalConversation> conversations = items.stream().map(HistoricalConversation.class::cast).toList();
        StoredConversations outcome = sink.store(tenant, conversations);
        long instance = jobContext.getInstanceId();
        progress.stored(instance, outcome);
        for (RejectedConversation rejected : outcome.rejected()) {
            progress.skipped(instance, "conversation " + rejected.conversationId() + " refused by the store: "
                    + rejected.reason());
        }
    }
}
