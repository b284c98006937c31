package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageReadAheadTest {

    private static final Executor NOW = Runnable::run;

    @Test
    void shouldHandOverAPageReadAheadOnceAndThenHaveNone() {
        PageReadAhead<String> ahead = new PageReadAhead<>(4, Long.MAX_VALUE);
        AtomicInteger reads = new AtomicInteger();

        ahead.readAhead("job/c2", NOW, () -> "page 2 #" + reads.incrementAndGet());
        ahead.readAhead("job/c2", NOW, () -> "page 2 #" + reads.incrementAndGet());

        assertEquals("page 2 #1", ahead.take("job/c2"));
        assertNull(ahead.take("job/c2"));
        assertEquals(1, reads.get(), "the same page is read ahead once");
    }

    @Test
    void shouldFailTheCallForAPageWhoseReadFailed() {
        PageReadAhead<String> ahead = new PageReadAhead<>(4, Long.MAX_VALUE);
        ahead.readAhead("job/c2", NOW, () -> {
            throw new HistoryUnavailableException("503");
        });

        assertThrows(HistoryUnavailableException.class, () -> ahead.take("job/c2"));
        assertNull(ahead.take("job/c2"), "the retry reads the page itself");
    }

    @Test
    void shouldHoldNoMoreThanItsBoundAndDropPagesNobodyAskedFor() {
        PageReadAhead<String> bounded = new PageReadAhead<>(2, Long.MAX_VALUE);
        bounded.readAhead("a", NOW, () -> "a");
        bounded.readAhead("b", NOW, () -> "b");
        bounded.readAhead("c", NOW, () -> "c");
        assertNull(bounded.take("c"));

        PageReadAhead<String> shortLived = new PageReadAhead<>(2, 0);
        shortLived.readAhead("a", NOW, () -> "a");
        shortLived.readAhead("b", NOW, () -> "b");
        assertNull(shortLived.take("a"), "dropped unread when the next read ahead came");
    }
}
