package com.dxp.collector.platform.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Ends a chunk where its reader's page is used up (or at {@code maxItems}), and has the next page fetched before the
 * next chunk's transaction begins: {@link #checkpointTimeout()} is the one call every batch runtime (Liberty's,
 * JBeret) makes between two chunks outside a transaction, so it lets the {@link PagedReader} wait there. A chunk's
 * transaction then only stores a page already in memory and its checkpoint, and gets an explicit timeout
 * ({@code transactionTimeoutSeconds}) instead of the runtime's default.
 */
@Named("pageCheckpointAlgorithm")
@Dependent
public class PageCheckpointAlgorithm extends AbstractCheckpointAlgorithm {

    static final int DEFAULT_TIMEOUT_SECONDS = 120;
    static final int DEFAULT_MAX_ITEMS = 1000;

    @Inject
    StepContext stepContext;

    /** Transaction timeout of one chunk, in seconds; default 120. A chunk only stores a page. */
    @Inject
    @BatchProperty
    String transactionTimeoutSeconds;

    /** Most items in one chunk even when the page goes on; default 1000. */
    @Inject
    @BatchProperty
    String maxItems;

    private int items;

    @Override
    public int checkpointTimeout() {
        if (stepContext.getTransientUserData() instanceof PagedReader reader) {
            reader.prepare();
        }
        return BatchParameters.positiveInt("transactionTimeoutSeconds", transactionTimeoutSeconds,
                DEFAULT_TIMEOUT_SECONDS);
    }

    @Override
    public void beginCheckpoint() {
        items = 0;
    }

    @Override
    public boolean isReadyToCheckpoint() {
        items++;
        boolean pageEnd = stepContext.getTransientUserData() instanceof PagedReader reader && reader.pageUsedUp();
        return pageEnd || items >= BatchParameters.positiveInt("maxItems", maxItems, DEFAULT_MAX_ITEMS);
    }
}
