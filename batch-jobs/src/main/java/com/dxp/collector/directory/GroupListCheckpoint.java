package com.dxp.collector.directory;

import java.io.Serializable;

/**
 * Where the memberships reader is in the (sorted, so stable across restarts) list of groups of this sync.
 *
 * @param index the index of the next group to read
 */
public record GroupListCheckpoint(int index) implements Serializable {
}
