package com.dxp.collector.platform.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A request to purge old audit entries.
 *
 * @param retentionDays entries older than this many days are deleted; {@code 0} deletes every entry written
 *                      before the run (the run's own record of the purge stays)
 */
public record RetentionRequest(@NotNull @Min(0) @Max(36500) Integer retentionDays) {
}
