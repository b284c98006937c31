package com.dxp.collector.platform.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to purge old audit entries.
 *
 * @param retentionDays entries older than this many days are deleted; {@code 0} deletes every entry written
 *                      before the run (the run's own record of the purge stays)
 */
@Schema(description = "A request to purge old audit entries.")
public record RetentionRequest(
        @Schema(description = "Entries older than this many days are deleted; `0` deletes every entry written before"
                + " the run (the run's own record of the purge stays)", example = "365")
        @NotNull @Min(0) @Max(36500) Integer retentionDays) {
}
