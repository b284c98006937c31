package com.dxp.collector.directory;

import java.util.List;

/** A page of a tenant's directory sync runs, newest first; {@code nextCursor} is null on the last page. */
public record DirectorySyncPage(List<DirectorySyncRun> runs, String nextCursor) {
}
