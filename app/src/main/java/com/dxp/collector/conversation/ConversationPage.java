package com.dxp.collector.conversation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a tenant's conversations, by start time then id.
 *
 * @param nextCursor pass as {@code cursor}, with the same window and filters, for the next page; absent on the last
 */
@Schema(description = "One page of a tenant's conversations, by start time then id.")
public record ConversationPage(
        @Schema(description = "By start time, then id") List<ConversationOverview> conversations,
        @Schema(description = "Pass as `cursor`, with the same window and filters, for the next page; absent on the "
                + "last",
                example = "Y29udmVyc2F0aW9ucwo4ODIzZjc0MGJmZTM4MGM4OTllM2ExNjYKMjAyNi0xMi0wMVQwOTozMDoxMi4zNDVaCmI1YzF"
                        + "kMmUzLTdmODQtNGE5Ni04YjBjLTFkMmUzZjRhNWI2Yw")
        String nextCursor) {
}
