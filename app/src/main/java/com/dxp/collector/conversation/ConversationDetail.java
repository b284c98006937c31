package com.dxp.collector.conversation;

import com.dxp.collector.conversation.ConversationRecord.Participant;
import java.util.List;

/** One stored conversation with its normalized participants, sessions, segments, metrics and media statistics. */
public record ConversationDetail(ConversationOverview conversation, List<Participant> participants) {
}
