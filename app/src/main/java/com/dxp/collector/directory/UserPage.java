package com.dxp.collector.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of users by id; pass {@code nextCursor} as {@code cursor} for the next (absent on the last page). */
@Schema(description = "One page of users by id; pass `nextCursor` as `cursor` for the next (absent on the last page).")
public record UserPage(
        @Schema(description = "By user id") List<DirectoryUser> users,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "dXNlcnMKOWFiMGFmMTNjZjlhZDRiZjA3MmM4MzQ4CmUzYjFjNWQ3LTlmMmEtNGU2Yi04YzBkLTFhM2I1YzdkOWUyZg")
        String nextCursor) {
}
