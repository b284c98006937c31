package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import com.dxp.collector.platform.batch.PortCaller;
import com.dxp.collector.platform.batch.StopRequestedException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Reads the users or the groups of a tenant, one entity per item, page by page until the listing's page count.
 * Checkpoints the page and index, so a restart re-fetches one page; postponements are waited out and a stop during
 * one ends the step STOPPED.
 */
@Named("directoryItemReader")
@Dependent
public class DirectoryItemReader extends AbstractItemReader {

    static final int DEFAULT_PAGE_SIZE = 500;

    @Inject
    DirectorySource source;

    @Inject
    DirectoryProgress progress;

    @Inject
    JobContext jobContext;

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
    }

    @Override
    public DirectoryEntity readItem() {
        try {
            while (page == null || index >= page.size()) {
                if (page != null && (pageNumber >= pageCount || page.isEmpty())) {
                    return null;
                }
                // the position moves only once the page has arrived, so a retried call asks for the same page
                int number = page == null ? pageNumber : pageNumber + 1;
                DirectoryPage fetched = caller.call(() -> listing == DirectoryKind.USERS
                        ? source.users(tenant, number, size) : source.groups(tenant, number, size));
                if (page != null) {
                    index = 0;
                }
                pageNumber = number;
                page = fetched.entities();
                pageCount = fetched.pageCount();
            }
            return page.get(index++);
        } catch (StopRequestedException e) {
            return null;
        }
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
