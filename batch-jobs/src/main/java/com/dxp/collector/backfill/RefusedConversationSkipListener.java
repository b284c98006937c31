package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sets aside the record the store refused even alone (after the chunk was retried one record at a time), and lists
 * it with the run as a skip: the window completes with every other record stored and this one visible.
 */
@Named("refusedConversationSkipListener")
@Dependent
public class RefusedConversationSkipListener implements SkipWriteListener {

    private static final Logger LOG = Logger.getLogger(RefusedConversationSkipListener.class.getName());

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

    @Override
    public void onSkipWriteItem(List<Object> items, Exception e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        for (Object item : items) {
            HistoricalConversation c = (HistoricalConversation) item;
            sink.setAside(BatchParameters.uuid("tenantId", tenantId), c, reason);
            LOG.log(Level.WARNING, "Job {0}: conversation {1} refused by the store even alone; set aside: {2}",
                    new Object[] {jobContext.getExecutionId(), c.conversationId(), reason});
            progress.skipped(jobContext.getInstanceId(), "conversation " + c.conversationId()
                    + " refused by the store: " + reason);
        }
    }
}
