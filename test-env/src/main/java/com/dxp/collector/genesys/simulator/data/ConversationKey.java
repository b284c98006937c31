package com.dxp.collector.genesys.simulator.data;

/**
 * Where a conversation sits in its org's timeline: the minute slot it starts in, its index among that slot's
 * conversations, its exact start and the id that encodes slot and index.
 *
 * @param slot        minutes since the epoch
 * @param index       0-based index within the slot (in draw order, not start order)
 * @param startMillis {@code conversationStart} as epoch milliseconds, inside the slot
 * @param id          the conversation id
 */
record ConversationKey(long slot, int index, long startMillis, String id) {
}
