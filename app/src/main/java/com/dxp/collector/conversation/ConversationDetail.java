package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.Participant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stored conversation: its figures as its row holds them (texts cut to fit, as in lists), and its participants,
 * sessions, segments, metrics and media statistics as its raw record holds them (whole).
 */
@Schema(description = "One stored conversation: its figures as lists show them, and its participants, sessions, "
        + "segments, metrics and media statistics whole, as Genesys sent them.")
public record ConversationDetail(
        @Schema(description = "Its conversation-level figures") ConversationOverview conversation,
        @Schema(description = "Its participants in record order") List<Participant> participants) {
}
