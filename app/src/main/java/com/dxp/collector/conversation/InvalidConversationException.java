package com.dxp.collector.conversation;

/**
 * A record of a batch that is not a conversation the store can keep (unparseable, or without a UUID
 * {@code conversationId}); the whole batch is refused, and {@link #position()} says which record it was.
 */
public class InvalidConversationException extends IllegalArgumentException {

    private final int position;

    InvalidConversationException(int position, IllegalArgumentException cause) {
        super("record " + position + " of the batch: " + cause.getMessage(), cause);
        this.position = position;
    }

    /** The record's position in the batch, from 1. */
    public int position() {
        return position;
    }

    /** Why the record was refused. */
    public String reason() {
        return getCause().getMessage();
    }
}
