package com.dxp.collector.directory;

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
import java.util.List;
import java.util.UUID;

/**
 * Reads the users or the groups of a tenant, one entity per item, page by page until the listing's page count.
 * Checkpoints the page and index, so a restart re-fetches one page; postponements are waited out and a stop during
 * one ends the step STOPPED. Each page is fetched by {@link #prepare()} between chunks, outside any transaction
 * ({@link PageCheckpointAlgorithm} ends a chunk where a page is used up), so a chunk's transaction only stores a page
 * already in memory: no budget wait or {@code Retry-After} inside it.
 */
@Named("directoryItemReader")
@Dependent
public class DirectoryItemReader extends AbstractItemReader implements PagedReader {

    static final int DEFAULT_PAGE_SIZE = 500;

    @Inject
    DirectorySource source;

    @Inject
    DirectoryProgress progress;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** {@code users} or {@code groups}. Required. */
    @Inject
    @BatchProperty
    String kind;

    /** Entities per page; default 500. */
    @Inject
    @BatchProperty
    String pageSize;

    private UUID tenant;
    private DirectoryKind listing;
    private int size;
    private PortCaller caller;
    private int pageNumber;
    private List<DirectoryEntity> page;
    private int pageCount;
    private int index;
    /** The next page, fetched by {@link #prepare()} outside the chunk's transaction, and its number. */
    private DirectoryPage prepared;
    private int preparedNumber;
    private RuntimeException preparedFailure;
    private boolean stopped;
    private boolean pageUsedUp;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
        listing = DirectoryKind.parse(BatchParameters.required("kind", kind));
        size = BatchParameters.positiveInt("pageSize", pageSize, DEFAULT_PAGE_SIZE);
        caller = new PortCaller(jobContext);
        DirectoryPageCheckpoint from = (DirectoryPageCheckpoint) checkpoint;
        pageNumber = from == null ? 1 : from.pageNumber();
        index = from == null ? 0 : from.index();
        page = null;
        prepared = null;
        preparedFailure = null;
        stopped = false;
        pageUsedUp = false;
        stepContext.setTransientUserData(this);
    }

    @Override
    public void prepare() {
        pageUsedUp = false;
        if (stopped || prepared != null || preparedFailure != null || (page != null && index < page.size())
                || ended()) {
            return;
        }
        int number = nextNumber();
        try {
            prepared = fetch(number);
            preparedNumber = number;
        } catch (StopRequestedException e) {
            stopped = true;
        } catch (RuntimeException e) {
            // thrown by the next readItem, where the chunk's retry rules apply to it
            preparedFailure = e;
        }
    }

    @Override
    public boolean pageUsedUp() {
        return pageUsedUp;
    }

    @Override
    public DirectoryEntity readItem() {
        pageUsedUp = false;
        try {
            while (page == null || index >= page.size()) {
                if (stopped || ended()) {
                    return null;
                }
                // the position moves only once the page has arrived, so a retried call asks for the same page
                int number = nextNumber();
                DirectoryPage fetched = take(number);
                if (page != null) {
                    index = 0;
                }
                pageNumber = number;
                page = fetched.entities();
                pageCount = fetched.pageCount();
            }
            DirectoryEntity entity = page.get(index++);
            pageUsedUp = index >= page.size();
            return entity;
        } catch (StopRequestedException e) {
            return null;
        }
    }

    private boolean ended() {
        return page != null && (pageNumber >= pageCount || page.isEmpty());
    }

    private int nextNumber() {
        return page == null ? pageNumber : pageNumber + 1;
    }

    /** The page {@link #prepare()} fetched (or its failure), else the page fetched now. */
    private DirectoryPage take(int number) {
        if (preparedFailure != null) {
            RuntimeException failure = preparedFailure;
            preparedFailure = null;
            throw failure;
        }
        if (prepared != null && preparedNumber == number) {
            DirectoryPage p = prepared;
            prepared = null;
            return p;
        }
        return fetch(number);
    }

    private DirectoryPage fetch(int number) {
        return caller.call(() -> listing == DirectoryKind.USERS ? source.users(tenant, number, size)
                : source.groups(tenant, number, size));
    }

    @Override
    public Serializable checkpointInfo() {
        reportCalls();
        return new DirectoryPageCheckpoint(pageNumber, index);
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
