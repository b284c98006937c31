package com.dxp.collector.directory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of groups by id; pass {@code nextCursor} as {@code cursor} for the next (absent on the last page). */
@Schema(description = "One page of groups by id; pass `nextCursor` as `cursor` for the next (absent on the last page).")
public record GroupPage(
        @Schema(description = "By group id") List<DirectoryGroup> groups,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "Z3JvdXBzCjlhYjBhZjEzY2Y5YWQ0YmYwNzJjODM0OAo4ZjNlMmQxYy0wYjlhLTQ4NzYtYTViNC1jM2QyZTFmMGE5Yjg")
        String nextCursor) {
}
