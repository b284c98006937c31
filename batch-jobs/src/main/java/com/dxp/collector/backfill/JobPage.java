package com.dxp.collector.backfill;

import java.util.List;

/**
 * One page of an analytics job's results.
 *
 * @param conversations the page's records
 * @param nextCursor the cursor of the next page; {@code null} on the last page
 */
public record JobPage(List<HistoricalConversation> conversations, String nextCursor) {

    public JobPage {
        conversations = List.copyOf(conversations);
    }
}
