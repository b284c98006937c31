package com.dxp.collector.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of user sessions by token creation time; {@code nextCursor} is absent on the last page. */
@Schema(description = "One page of user sessions by token creation time; `nextCursor` is absent on the last page.")
public record UserSessionPage(
        @Schema(description = "Oldest token first") List<UserSession> sessions,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "dXNlci1zZXNzaW9ucwozNTgyMzA3NWVjMWY3MzE1MTMwM2Y1MmQKMjAyNi0xMi0wMVQwNzo1ODowMy41MTJaCjFiN2U"
                        + "zZjlhLTRjMmQtNGU4Yi1hNmYwLTNkNWM3ZTliMWEyNA") String nextCursor) {
}
