package com.dxp.collector.directory;

import java.io.Serializable;

/**
 * Where a listing reader is: the page and the index of the next entity in it, so a restart re-fetches one page.
 * A checkpoint written before cursor listings existed deserializes with a null cursor, which is right for the
 * numbered listings it was written for.
 *
 * @param pageNumber the page the index points into, from 1
 * @param index the next entity's index within that page
 * @param cursor the cursor that fetches that page of a cursor listing; null for numbered ones and the first page
 */
public record DirectoryPageCheckpoint(int pageNumber, int index, String cursor) implements Serializable {

    DirectoryPageCheckpoint(PagePosition at, int index) {
        this(at.pageNumber(), index, at.cursor());
    }

    PagePosition position() {
        return new PagePosition(pageNumber, cursor);
    }
}
