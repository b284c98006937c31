package com.dxp.collector.directory;

import java.io.Serializable;

/**
 * Where a listing page is. Most Genesys listings number their pages; work teams and their members page with an
 * opaque cursor instead, taken from the previous page's {@code nextUri}.
 *
 * @param pageNumber the page's number, from 1 (counted for cursor listings too, for logs and figures)
 * @param cursor     the cursor that fetches the page; null for the first page and for numbered listings
 */
public record PagePosition(int pageNumber, String cursor) implements Serializable {

    /** The first page of any listing. */
    public static final PagePosition FIRST = new PagePosition(1, null);

    public PagePosition {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("page numbers start at 1, was " + pageNumber);
        }
    }
}
