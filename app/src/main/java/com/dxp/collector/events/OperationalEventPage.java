package com.dxp.collector.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of operational events by time; {@code nextCursor} is absent on the last page. */
@Schema(description = "One page of operational events by time; `nextCursor` is absent on the last page.")
public record OperationalEventPage(
        @Schema(description = "Oldest first") List<OperationalEvent> events,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "b3BlcmF0aW9uYWwtZXZlbnRzCjFiNGJlYjYwMTFiOTJkOTI5MjdlNDNhZQoyMDI2LTEyLTAxVDA4OjE0OjIyLjkzMFo"
                        + "KMWI3ZTNmOWEtNGMyZC00ZThiLWE2ZjAtM2Q1YzdlOWIxYTI0") String nextCursor) {
}
