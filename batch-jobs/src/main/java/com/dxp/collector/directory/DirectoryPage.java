package com.dxp.collector.directory;

import java.util.List;

/**
 * One page of a directory listing; Genesys listings say how many pages there are.
 *
 * @param entities the page's entities
 * @param pageCount the listing's number of pages
 */
public record DirectoryPage(List<DirectoryEntity> entities, int pageCount) {

    public DirectoryPage {
        entities = List.copyOf(entities);
    }
}
