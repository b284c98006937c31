package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.PortCaller;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The query's pages of a window: pages 1..n until a short page or {@code totalHits}. The query pages a live
 * result, so records shift between pages while an interval still receives traffic; records already returned in
 * this execution are dropped by id (a restart may deliver some again, which the idempotent store absorbs).
 */
final class QueryWindowPages implements WindowPages {

    private final ConversationHistory history;
    private final PortCaller caller;
    private final UUID tenant;
    private final BackfillWindow window;
    private final int pageSize;
    private final long resultCap;
    private final Set<String> returned = new HashSet<>();
    private int pageNumber;
    private boolean last;
    private int resumeIndex;
    private boolean pageInHand;
    private int pageRecords;

    QueryWindowPages(ConversationHistory history, PortCaller caller, UUID tenant, BackfillWindow window, int pageSize,
            long resultCap, BackfillCheckpoint from) {
        this.history = history;
        this.caller = caller;
        this.tenant = tenant;
        this.window = window;
        this.pageSize = pageSize;
        this.resultCap = resultCap;
        this.pageNumber = from == null ? 0 : Math.max(0, from.pageNumber() - 1);
        this.resumeIndex = from == null ? 0 : from.index();
    }

    @Override
    public List<HistoricalConversation> next() {
        if (last) {
            return null;
        }
        int number = pageNumber + 1;
        QueryPage page = caller.call(() -> history.queryPage(tenant, window.start(), window.end(), number, pageSize));
        if (page.totalHits() > resultCap) {
            throw new HistoryRefusedException("window " + window.key() + " has " + page.totalHits()
                    + " conversations, more than the " + resultCap + " the query can page through;"
                    + " use strategy=jobs or a smaller windowSize");
        }
        pageNumber = number;
        pageInHand = true;
        pageRecords = page.conversations().size();
        last = page.conversations().size() < pageSize || (long) number * pageSize >= page.totalHits();
        return page.conversations();
    }

    @Override
    public int takeResumeIndex() {
        int index = resumeIndex;
        resumeIndex = 0;
        return index;
    }

    @Override
    public boolean accept(HistoricalConversation conversation) {
        return returned.add(conversation.conversationId());
    }

    @Override
    public boolean wouldAccept(HistoricalConversation conversation) {
        return !returned.contains(conversation.conversationId());
    }

    @Override
    public BackfillCheckpoint checkpoint(int index) {
        if (pageInHand && index >= pageRecords && !last) {
            // the page is used up: a restart starts at the next one instead of reading this one again
            return BackfillCheckpoint.query(pageNumber + 1, 0);
        }
        return pageInHand ? BackfillCheckpoint.query(pageNumber, index)
                : BackfillCheckpoint.query(pageNumber + 1, resumeIndex);
    }
}
