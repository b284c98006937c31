package com.dxp.collector.directory;

/** The answer to a directory sync request: its estimate, and the run unless it was a dry run. */
public record DirectorySyncStart(DirectorySyncEstimate estimate, DirectorySyncRun run) {
}
