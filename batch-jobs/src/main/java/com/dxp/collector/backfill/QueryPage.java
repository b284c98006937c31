package com.dxp.collector.backfill;

import java.util.List;

/**
 * One page of the synchronous analytics query.
 *
 * @param conversations the page's records (empty, never null, when the API omits them)
 * @param totalHits the API's (approximate, for live intervals) number of conversations in the interval
 */
public record QueryPage(List<HistoricalConversation> conversations, long totalHits) {

    public QueryPage {
        conversations = List.copyOf(conversations);
    }
}
