package com.dxp.collector.directory;

import java.io.Serializable;

/**
 * Where a listing reader is: the page and the index of the next entity in it, so a restart re-fetches one page.
 *
 * @param pageNumber the 1-based page the index points into
 * @param index the next entity's index within that page
 */
public record DirectoryPageCheckpoint(int pageNumber, int index) implements Serializable {
}
