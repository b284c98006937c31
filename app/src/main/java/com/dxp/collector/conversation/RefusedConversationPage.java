package com.dxp.collector.conversation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a tenant's set-aside conversation records, by key; {@code nextCursor} is absent on the last page. */
@Schema(description = "One page of a tenant's set-aside conversation records, by key; `nextCursor` is absent on the "
        + "last page.")
public record RefusedConversationPage(
        @Schema(description = "By record key") List<RefusedConversationView> conversations,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page",
                example = "cmVmdXNlZC1jb252ZXJzYXRpb25zCmU4NDJhNTNiMTMyYzg4YzJkMGViY2UwMQpiNWMxZDJlMy03Zjg0LTRhOTYtOGI"
                        + "wYy0xZDJlM2Y0YTViNmM") String nextCursor) {
}
