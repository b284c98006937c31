package com.dxp.collector.platform.batch;

/**
 * A reader of pages from a remote API whose waiting (job polling, a {@code Retry-After}, the API budget) can be done
 * before a chunk's transaction begins instead of inside it: {@link PageCheckpointAlgorithm} asks it to
 * {@link #prepare()} the next page between chunks and ends each chunk where a page is used up. The reader registers
 * itself as its step context's transient user data when it opens.
 */
public interface PagedReader {

    /**
     * Fetches the next page when the one in hand is used up, waiting as long as that takes; called with no
     * transaction active. A failure is not thrown here but kept for the next {@code readItem}, where the chunk's
     * retry, skip and stop rules apply to it.
     */
    void prepare();

    /** Whether the page in hand is used up, so the chunk should end and the next page be prepared outside it. */
    boolean pageUsedUp();
}
