package com.dxp.collector.backfill;

/**
 * A record the app could not read (no id or start). Skippable: the chunk skips it, the skip listener reports it
 * through {@link BackfillProgress#skipped}, and the window goes on; past the job's {@code skipLimit} it fails.
 */
public class UnreadableConversationException extends RuntimeException {

    private final String detail;

    public UnreadableConversationException(BackfillWindow window, HistoricalConversation record) {
        super("unreadable record in window " + window.key() + ": " + abbreviate(record.rawJson()));
        this.detail = getMessage();
    }

    /** What the skip report says about the record. */
    public String detail() {
        return detail;
    }

    private static String abbreviate(String json) {
        if (json == null) {
            return "(no JSON)";
        }
        return json.length() <= 200 ? json : json.substring(0, 200) + "...";
    }
}
