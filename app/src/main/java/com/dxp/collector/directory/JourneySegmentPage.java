package com.dxp.collector.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of journey segments by id; pass {@code nextCursor} as {@code cursor} for the next (absent on the last page). */
@Schema(description = "One page of journey segments by id; pass `nextCursor` as `cursor` for the next (absent on the last page).")
public record JourneySegmentPage(
        @Schema(description = "By segment id") List<JourneySegment> journeySegments,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "dGVhbXMKOWFiMGFmMTNjZjlhZDRiZjA3MmM4MzQ4CjNjMWQ1ZTdmLTlhMmItNGM0ZC04ZTZmLTBhMWIyYzNkNGU1Zg")
        String nextCursor) {
}
