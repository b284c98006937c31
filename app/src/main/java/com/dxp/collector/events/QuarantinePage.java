package com.dxp.collector.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of quarantined messages, most recently seen first; {@code nextCursor} is absent on the last page. */
@Schema(description = "One page of quarantined messages, most recently seen first; `nextCursor` is absent on the "
        + "last page.")
public record QuarantinePage(
        @Schema(description = "Most recently seen first") List<QuarantinedMessage> messages,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "cXVhcmFudGluZQpjOWM3ZjJjOTRhODVjZmQ4MmJjM2QzYWYKMjAyNi0xMi0wMVQwOToxMjo0MC4xMThaCmEzZjVjN2U"
                        + "5LTFiMmQtNGY2YS04YzBlLTJkNGY2YThjMGUxYg") String nextCursor) {
}
