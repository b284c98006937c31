package com.dxp.collector.directory;

/**
 * What {@link DirectorySink#markRemoved} marked.
 *
 * @param users users marked removed
 * @param groups groups marked removed
 */
public record RemovedEntities(int users, int groups) {
}
