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
 * Reads one listing of a tenant (users, groups, teams...: {@link DirectoryKind}), one entity per item, page by page
 * until the listing ends; a kind not among the sync's {@code parts} reads nothing. Checkpoints the page and index,
 * so a restart re-fetches one page; postponements are waited out and a stop during one ends the step STOPPED. Each
 * page is fetched by {@link #prepare()} between chunks, outside any transaction ({@link PageCheckpointAlgorithm}
 * ends a chunk where a page is used up), so a chunk's transaction only stores a page already in memory: no budget
 * wait or {@code Retry-After} inside it.
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

    /** The listing: a {@link DirectoryKind#label()} such as {@code users} or {@code teams}. Required. */
    @Inject
    @BatchProperty
    String kind;

    /** The kinds this sync copies ({@link DirectoryParts}); default users and groups. */
    @Inject
    @BatchProperty
    String parts;

    /** Entities per page; default 500. */
    @Inject
    @BatchProperty
    String pageSize;

    private UUID tenant;
    private DirectoryKind listing;
    private boolean included;
    private int size;
    private PortCaller caller;
    /** The position of {@link #page}, or of the page to read first while it is null. */
    private PagePosition position;
    private DirectoryPage page;
    private int index;
    /** The next page, fetched by {@link #prepare()} outside the chunk's transaction, and its position. */
    private DirectoryPage prepared;
    private PagePosition preparedAt;
    private RuntimeException preparedFailure;
    private boolean stopped;
    private boolean pageUsedUp;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
        listing = DirectoryKind.parse(BatchParameters.required("kind", kind));
        included = DirectoryParts.parse(parts).contains(listing);
        size = BatchParameters.positiveInt("pageSize", pageSize, DEFAULT_PAGE_SIZE);
        caller = new PortCaller(jobContext);
        DirectoryPageCheckpoint from = (DirectoryPageCheckpoint) checkpoint;
        position = from == null ? PagePosition.FIRST : from.position();
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
        if (!included || stopped || prepared != null || preparedFailure != null
                || (page != null && index < page.entities().size()) || ended()) {
            return;
        }
        PagePosition next = next();
        try {
            prepared = fetch(next);
            preparedAt = next;
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
        if (!included) {
            return null;
        }
        try {
            while (page == null || index >= page.entities().size()) {
                if (stopped || ended()) {
                    return null;
                }
                // the position moves only once the page has arrived, so a retried call asks for the same page
                PagePosition next = next();
                DirectoryPage fetched = take(next);
                if (page != null) {
                    index = 0;
                }
                position = next;
                page = fetched;
            }
            DirectoryEntity entity = page.entities().get(index++);
            pageUsedUp = index >= page.entities().size();
            return entity;
        } catch (StopRequestedException e) {
            return null;
        }
    }

    private boolean ended() {
        return page != null && page.after(position).isEmpty();
    }

    private PagePosition next() {
        return page == null ? position : page.after(position).orElseThrow();
    }

    /** The page {@link #prepare()} fetched (or its failure), else the page fetched now. */
    private DirectoryPage take(PagePosition at) {
        if (preparedFailure != null) {
            RuntimeException failure = preparedFailure;
            preparedFailure = null;
            throw failure;
        }
        if (prepared != null && at.equals(preparedAt)) {
            DirectoryPage p = prepared;
            prepared = null;
            return p;
        }
        return fetch(at);
    }

    private DirectoryPage fetch(PagePosition at) {
        return caller.call(() -> source.page(tenant, listing, at, size));
    }

    @Override
    public Serializable checkpointInfo() {
        reportCalls();
        return new DirectoryPageCheckpoint(position, index);
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
