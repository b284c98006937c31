package com.dxp.collector.platform.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of the audit trail.
 *
 * @param entries    newest first
 * @param nextCursor pass as {@code cursor} to get the following page; absent on the last page
 */
@Schema(description = "One page of the audit trail.")
public record AuditPage(
        @Schema(description = "Newest first") List<AuditEntryView> entries,
        @Schema(description = "Pass as `cursor` to get the following page; absent on the last page",
                example = "MjAyNi0xMi0wMVQwOTozMTowMi40MTdafDUzMTI")
        String nextCursor) {
}
