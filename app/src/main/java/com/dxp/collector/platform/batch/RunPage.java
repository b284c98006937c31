package com.dxp.collector.platform.batch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a tenant's runs of one job, newest first; {@code nextCursor} is null on the last page. */
@Schema(description = "A page of a tenant's runs of one job, newest first; `nextCursor` is null on the last page.")
public record RunPage<V>(
        @Schema(description = "The runs, newest first") List<V> runs,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page", example = "1017")
        String nextCursor) {
}
