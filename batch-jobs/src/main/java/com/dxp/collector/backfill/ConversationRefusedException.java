package com.dxp.collector.backfill;

/**
 * The store refused a value of the records a chunk handed it (the database's SQL state class 22 or 23), so the
 * chunk's transaction is lost. The chunk is rolled back and read again one record at a time (retryable); the one
 * record refused alone is then skipped, set aside with the reason and listed with the run (skippable), and every
 * other record of the page is stored.
 */
public class ConversationRefusedException extends RuntimeException {

    public ConversationRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
