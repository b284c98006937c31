package com.dxp.collector.platform.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A note an operator adds to the audit trail, so manual interventions ("paused backfill of Acme for the
 * Genesys maintenance window") sit beside the automatic record of changes.
 *
 * @param text     what the operator wants on record; not a place for secrets
 * @param tenantId the tenant the note is about, if any
 */
public record OperatorNote(@NotBlank @Size(max = 2000) String text, UUID tenantId) {
}
