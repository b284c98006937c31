package com.dxp.collector.directory;

import java.util.List;
import java.util.Optional;

/**
 * One page of a directory listing. A numbered listing says how many pages it has; a cursor listing names the cursor
 * of its next page, and has none on its last.
 *
 * @param entities   the page's entities
 * @param pageCount  the listing's number of pages; 0 for a cursor listing
 * @param nextCursor the cursor of the next page of a cursor listing; null on its last page and for numbered ones
 */
public record DirectoryPage(List<DirectoryEntity> entities, int pageCount, String nextCursor) {

    public DirectoryPage {
        entities = List.copyOf(entities);
    }

    /** A page of a numbered listing. */
    public DirectoryPage(List<DirectoryEntity> entities, int pageCount) {
        this(entities, pageCount, null);
    }

    /** Where the page after this one (at {@code at}) is; empty when this is the last. An empty page is the last. */
    public Optional<PagePosition> after(PagePosition at) {
        if (entities.isEmpty()) {
            return Optional.empty();
        }
        if (nextCursor != null) {
            return Optional.of(new PagePosition(at.pageNumber() + 1, nextCursor));
        }
        return at.pageNumber() < pageCount ? Optional.of(new PagePosition(at.pageNumber() + 1, null))
                : Optional.empty();
    }
}
