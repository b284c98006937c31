package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.Participant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored conversation with its normalized participants, sessions, segments, metrics and media statistics. */
@Schema(description = "One stored conversation with its normalized participants, sessions, segments, metrics and "
        + "media statistics.")
public record ConversationDetail(
        @Schema(description = "Its conversation-level figures") ConversationOverview conversation,
        @Schema(description = "Its participants in record order") List<Participant> participants) {
}
