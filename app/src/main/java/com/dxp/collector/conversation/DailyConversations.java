package com.dxp.collector.conversation;

import java.time.LocalDate;

/**
 * A tenant's conversations that started on one UTC day.
 *
 * @param withMos    those with a voice-quality figure (MOS) at all
 * @param poorCalls  those whose lowest MOS is below the summary's threshold
 * @param incomplete those still waiting for their end or an open segment
 */
public record DailyConversations(LocalDate day, long conversations, long withMos, long poorCalls, long incomplete) {
}
