package com.dxp.collector.platform.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
        @Schema(description = "What the operator wants on record; not a place for secrets",
                example = "Paused the Acme backfill for the Genesys maintenance window.")
        @NotBlank @Size(max = 2000) @Pattern(regexp = TEXT, message = "must not contain control characters other"
                + " than line breaks and tabs, format characters or lone surrogates") String text,
        @Schema(description = "The tenant the note is about, if any", example = "6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10")
        UUID tenantId) {

    /**
     * Lines of text: no control characters but line breaks and tabs (PostgreSQL refuses NUL, and the rest only hide
     * what a note says), no format characters such as a right-to-left override, no lone surrogates. One character
     * class (a union): an alternation under {@code *} recursed once per character and overflowed the stack on a long
     * note.
     */
    static final String TEXT = "[[^\\p{Cntrl}\\p{Cf}\\p{Cs}]\\t\\n\\r]*";
}
