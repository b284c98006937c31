package com.dxp.collector.health;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason of a tenant's health.
 *
 * @param code    what it is, for machines
 * @param status  the status it makes the tenant at least; absent for a notice that changes nothing
 * @param message what it is and what to do, for people; never a secret
 * @param since   since when it holds, where known
 * @param count   the figure behind it (calls, conversations, messages), where there is one
 */
@Schema(description = "One reason of a tenant's health.")
public record HealthReason(
        @Schema(description = "What it is, for machines") ReasonCode code,
        @Schema(description = "The status it makes the tenant at least; absent for a notice that changes nothing")
        HealthStatus status,
        @Schema(description = "What it is and what to do, for people; never a secret",
                example = "37 conversations wait for enrichment, the oldest since 2026-12-01T09:12:40.118Z (more than"
                        + " 15 minutes)") String message,
        @Schema(description = "Since when it holds, where known", example = "2026-12-01T09:12:40.118Z") Instant since,
        @Schema(description = "The figure behind it (calls, conversations, messages), where there is one",
                example = "37") Long count) {
}
