package com.dxp.collector.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a directory sync request: its estimate, and the run unless it was a dry run. */
@Schema(description = "The answer to a directory sync request: its estimate, and the run unless it was a dry run.")
public record DirectorySyncStart(
        @Schema(description = "Users, groups and API calls expected") DirectorySyncEstimate estimate,
        @Schema(description = "The run started; absent for a dry run") DirectorySyncRun run) {
}
