package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.PortCaller;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An analytics job's pages of a window: submit, poll until fulfilled, then follow the cursor. Job results expire;
 * rather than starting the window over, an expired job is replaced by one for the remainder of the window, from
 * the last conversation start already returned (results come ordered by start). Records of the new job that
 * started before that instant, or at it and were already returned, are dropped.
 */
final class JobWindowPages implements WindowPages {

    private static final Logger LOG = Logger.getLogger(JobWindowPages.class.getName());

    private final ConversationHistory history;
    private final PortCaller caller;
    private final UUID tenant;
    private final BackfillWindow window;
    private final int pageSize;
    private final Duration pollInterval;

    private String jobId;
    private boolean fulfilled;
    private Instant jobStart;
    private String cursor;
    private String nextCursor;
    private int pageRecords;
    private boolean pageInHand;
    private Instant lastStart;
    private int resumeIndex;
    private final Set<String> returnedAtLastStart = new HashSet<>();

    JobWindowPages(ConversationHistory history, PortCaller caller, UUID tenant, BackfillWindow window, int pageSize,
            Duration pollInterval, BackfillCheckpoint from) {
        this.history = history;
        this.caller = caller;
        this.tenant = tenant;
        this.window = window;
        this.pageSize = pageSize;
        this.pollInterval = pollInterval;
        this.jobStart = from == null || from.jobStart() == null ? window.start() : from.jobStart();
        if (from != null) {
            this.jobId = from.jobId();
            this.cursor = from.cursor();
            this.lastStart = from.lastStart();
            this.resumeIndex = from.index();
        }
    }

    @Override
    public List<HistoricalConversation> next() {
        if (pageInHand && nextCursor == null) {
            return null;
        }
        while (true) {
            if (jobId == null) {
                submit();
            }
            awaitFulfilled();
            String wanted = pageInHand ? nextCursor : cursor;
            try {
                JobPage page = caller.call(() -> history.jobResults(tenant, jobId, wanted, pageSize));
                cursor = wanted;
                nextCursor = page.nextCursor();
                pageInHand = true;
                pageRecords = page.conversations().size();
                return page.conversations();
            } catch (JobResultsExpiredException e) {
                LOG.log(Level.INFO, "Results of job {0} for window {1} expired; resubmitting from {2}",
                        new Object[] {jobId, window.key(), lastStart});
                resubmitRemainder();
            }
        }
    }

    private void submit() {
        jobId = caller.call(() -> history.submitJob(tenant, jobStart, window.end()));
        fulfilled = false;
        cursor = null;
        pageInHand = false;
    }

    private void resubmitRemainder() {
        jobStart = lastStart == null ? window.start() : lastStart;
        jobId = null;
        resumeIndex = 0;
    }

    private void awaitFulfilled() {
        while (!fulfilled) {
            JobStatus status = caller.call(() -> history.jobStatus(tenant, jobId));
            switch (status.state()) {
                case FULFILLED -> fulfilled = true;
                case QUEUED, PENDING -> caller.pause(pollInterval);
                case EXPIRED -> {
                    resubmitRemainder();
                    submit();
                }
                case FAILED, CANCELLED -> throw new HistoryRefusedException("analytics job " + jobId + " for window "
                        + window.key() + " ended " + status.state()
                        + (status.errorMessage() == null ? "" : ": " + status.errorMessage()));
            }
        }
    }

    @Override
    public int takeResumeIndex() {
        int index = resumeIndex;
        resumeIndex = 0;
        return index;
    }

    @Override
    public boolean accept(HistoricalConversation conversation) {
        Instant start = conversation.conversationStart();
        if (start.isBefore(jobStart)) {
            return false;
        }
        if (lastStart == null || start.isAfter(lastStart)) {
            lastStart = start;
            returnedAtLastStart.clear();
        }
        return !start.equals(lastStart) || returnedAtLastStart.add(conversation.conversationId());
    }

    @Override
    public boolean wouldAccept(HistoricalConversation conversation) {
        Instant start = conversation.conversationStart();
        return !start.isBefore(jobStart) && (lastStart == null || !start.equals(lastStart)
                || !returnedAtLastStart.contains(conversation.conversationId()));
    }

    @Override
    public BackfillCheckpoint checkpoint(int index) {
        if (pageInHand && index >= pageRecords && nextCursor != null) {
            // the page is used up: a restart starts at the next one instead of reading this one again
            return BackfillCheckpoint.jobs(jobId, nextCursor, 0, jobStart, lastStart);
        }
        return BackfillCheckpoint.jobs(jobId, cursor, pageInHand ? index : resumeIndex, jobStart, lastStart);
    }
}
