package com.dxp.collector.backfill;

import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reports each record the chunk skipped as unreadable, so skips are counted and named, never silent. */
@Named("unreadableConversationSkipListener")
@Dependent
public class UnreadableConversationSkipListener implements SkipReadListener {

    private static final Logger LOG = Logger.getLogger(UnreadableConversationSkipListener.class.getName());

    @Inject
    BackfillProgress progress;

    @Inject
    JobContext jobContext;

    @Override
    public void onSkipReadItem(Exception e) {
        String detail = e instanceof UnreadableConversationException unreadable ? unreadable.detail() : e.toString();
        LOG.log(Level.WARNING, "Job {0} skipped {1}", new Object[] {jobContext.getExecutionId(), detail});
        progress.skipped(jobContext.getInstanceId(), detail);
    }
}
