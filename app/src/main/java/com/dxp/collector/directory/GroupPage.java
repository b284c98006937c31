package com.dxp.collector.directory;

import java.util.List;

/** One page of groups by id; pass {@code nextCursor} as {@code cursor} for the next (absent on the last page). */
public record GroupPage(List<DirectoryGroup> groups, String nextCursor) {
}
