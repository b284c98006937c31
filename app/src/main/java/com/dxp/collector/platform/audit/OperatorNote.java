package com.dxp.collector.platform.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A note an operator adds to the audit trail, so manual interventions ("paused backfill of Acme for the
 * Genesys maintenance window") sit beside the automatic record of changes.
 *
 * @param text     what the operator wants on record; not a place for secrets
 * @param tenantId the tenant the note is about, if any
 */
@Schema(description = "A note an operator adds to the audit trail, so manual interventions (\"paused backfill of "
        + "Acme for the Genesys maintenance window\") sit beside the automatic record of changes.")
public record OperatorNote(
        @Schema(description = "What the operator wants on record; not a place for secrets")
        @NotBlank @Size(max = 2000) String text,
        @Schema(description = "The tenant the note is about, if any") UUID tenantId) {
}
