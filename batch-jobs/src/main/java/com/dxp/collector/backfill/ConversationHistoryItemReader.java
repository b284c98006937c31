package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.BatchParameters;
import com.dxp.collector.platform.batch.PageCheckpointAlgorithm;
import com.dxp.collector.platform.batch.PagedReader;
import com.dxp.collector.platform.batch.PortCaller;
import com.dxp.collector.platform.batch.StopRequestedException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads one window's conversations, one record per item, through the query or an analytics job. Both APIs answer
 * with more than the window (the query whole UTC days, jobs every conversation whose lifetime overlaps), so only
 * records that started in the window are returned: each conversation belongs to one window and is stored once.
 * Postponements are waited out here and never fail the chunk; a stop during such a wait ends the partition STOPPED
 * with its position kept. The window counts as completed once its last chunk has been checkpointed.
 *
 * <p>A chunk is one page ({@link PageCheckpointAlgorithm}): the next page is fetched in {@link #prepare()}, before the
 * chunk's transaction begins, so job polling, a long {@code Retry-After} and budget waits never hold a transaction
 * open. Records a page holds outside the window are passed over as soon as the record before them is returned, so a
 * chunk ends exactly where its page does.
 */
@Named("conversationHistoryItemReader")
@Dependent
public class ConversationHistoryItemReader extends AbstractItemReader implements PagedReader {

    static final int DEFAULT_QUERY_PAGE = 100;
    static final int DEFAULT_JOB_PAGE = 1000;
    static final Duration DEFAULT_POLL = Duration.ofSeconds(3);
    static final long DEFAULT_RESULT_CAP = 100_000;

    private static final Logger LOG = Logger.getLogger(ConversationHistoryItemReader.class.getName());

    @Inject
    ConversationHistory history;

    @Inject
    BackfillProgress progress;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** First instant of the window (ISO-8601), from the partition plan. Required. */
    @Inject
    @BatchProperty
    String windowStart;

    /** End of the window, exclusive (ISO-8601), from the partition plan. Required. */
    @Inject
    @BatchProperty
    String windowEnd;

    /** {@code QUERY} or {@code JOBS}, from the partition plan. Required. */
    @Inject
    @BatchProperty
    String method;

    /** Records per query page; default 100. */
    @Inject
    @BatchProperty
    String queryPageSize;

    /** Records per page of job results; default 1000. */
    @Inject
    @BatchProperty
    String jobPageSize;

    /** Pause between job status polls (ISO-8601 duration); default {@code PT3S}. */
    @Inject
    @BatchProperty
    String jobPollInterval;

    /** The most results the query can page through (the API refuses pages past it); default 100000. */
    @Inject
    @BatchProperty
    String queryResultCap;

    private BackfillWindow window;
    private PortCaller caller;
    private WindowPages pages;
    private List<HistoricalConversation> page;
    private int index;
    private boolean exhausted;
    private boolean completionReported;
    /** The next page, fetched by {@link #prepare()} outside the chunk's transaction, and where to start in it. */
    private List<HistoricalConversation> prepared;
    private int preparedResumeIndex;
    private boolean preparedEnd;
    private RuntimeException preparedFailure;
    private boolean pageUsedUp;

    @Override
    public void open(Serializable checkpoint) {
        UUID tenant = BatchParameters.uuid("tenantId", tenantId);
        window = new BackfillWindow(BatchParameters.instant("windowStart", windowStart),
                BatchParameters.instant("windowEnd", windowEnd),
                BackfillWindow.Method.valueOf(BatchParameters.required("method", method)));
        BackfillCheckpoint from = (BackfillCheckpoint) checkpoint;
        caller = new PortCaller(jobContext);
        pages = window.method() == BackfillWindow.Method.QUERY
                ? new QueryWindowPages(history, caller, tenant, window,
                        BatchParameters.positiveInt("queryPageSize", queryPageSize, DEFAULT_QUERY_PAGE),
                        BatchParameters.positiveInt("queryResultCap", queryResultCap, (int) DEFAULT_RESULT_CAP), from)
                : new JobWindowPages(history, caller, tenant, window,
                        BatchParameters.positiveInt("jobPageSize", jobPageSize, DEFAULT_JOB_PAGE),
                        BatchParameters.duration("jobPollInterval", jobPollInterval, DEFAULT_POLL), from);
        page = null;
        index = 0;
        exhausted = false;
        prepared = null;
        preparedEnd = false;
        preparedFailure = null;
        pageUsedUp = false;
        stepContext.setTransientUserData(this);
        LOG.log(Level.FINE, "Reading window {0} from {1}", new Object[] {window.key(), from});
    }

    @Override
    public void prepare() {
        pageUsedUp = false;
        if (exhausted || prepared != null || preparedEnd || preparedFailure != null
                || page != null && index < page.size()) {
            return;
        }
        try {
            List<HistoricalConversation> next = pages.next();
            if (next == null) {
                preparedEnd = true;
            } else {
                prepared = next;
                preparedResumeIndex = pages.takeResumeIndex();
            }
        } catch (RuntimeException e) {
            preparedFailure = e;
        }
    }

    @Override
    public boolean pageUsedUp() {
        return pageUsedUp;
    }

    @Override
    public HistoricalConversation readItem() {
        pageUsedUp = false;
        try {
            while (true) {
                if (page == null || index >= page.size()) {
                    if (!nextPage()) {
                        exhausted = true;
                        return null;
                    }
                    continue;
                }
                HistoricalConversation record = page.get(index++);
                if (!record.readable()) {
                    passOverRecordsNotReturned();
                    pageUsedUp = index >= page.size();
                    throw new UnreadableConversationException(window, record);
                }
                if (window.contains(record.conversationStart()) && pages.accept(record)) {
                    passOverRecordsNotReturned();
                    pageUsedUp = index >= page.size();
                    return record;
                }
            }
        } catch (HistoryRefusedException e) {
            stepContext.setExitStatus(BackfillPartitionAnalyzer.REFUSED + e.getMessage());
            throw e;
        } catch (StopRequestedException e) {
            LOG.log(Level.INFO, "Stopping window {0} at {1}", new Object[] {window.key(), checkpoint()});
            return null;
        }
    }

    /**
     * Takes the page {@link #prepare()} fetched (or its failure), else fetches it now: the first page after a
     * retried chunk is fetched inside its transaction, as the runtime gives no other moment for it.
     *
     * @return false when the window has no more pages
     */
    private boolean nextPage() {
        if (preparedFailure != null) {
            RuntimeException failure = preparedFailure;
            preparedFailure = null;
            throw failure;
        }
        if (preparedEnd) {
            return false;
        }
        if (prepared != null) {
            page = prepared;
            index = preparedResumeIndex;
            prepared = null;
            return true;
        }
        List<HistoricalConversation> next = pages.next();
        if (next == null) {
            return false;
        }
        page = next;
        index = pages.takeResumeIndex();
        return true;
    }

    /** Moves past the page's records that would not be returned, up to one that would be (or is unreadable). */
    private void passOverRecordsNotReturned() {
        while (index < page.size()) {
            HistoricalConversation next = page.get(index);
            if (!next.readable() || window.contains(next.conversationStart()) && pages.wouldAccept(next)) {
                return;
            }
            index++;
        }
    }

    /**
     * The position, and the moment to report: the runtime asks for it right after a chunk was written, so calls
     * and a finished window are reported only for work that was stored.
     */
    @Override
    public Serializable checkpointInfo() {
        reportCalls();
        if (exhausted && !completionReported) {
            progress.windowCompleted(jobContext.getInstanceId(), window);
            completionReported = true;
        }
        return checkpoint();
    }

    private BackfillCheckpoint checkpoint() {
        return pages.checkpoint(index);
    }

    @Override
    public void close() {
        if (caller != null) {
            reportCalls();
        }
    }

    private void reportCalls() {
        int calls = caller.drainCalls();
        if (calls > 0) {
            progress.apiCalls(jobContext.getInstanceId(), calls);
        }
    }
}
