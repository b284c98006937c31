package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    /** A read that never ends holds the partition no longer than a page may be held: the caller then reads itself. */
    @Test
    @Timeout(60) // the wait this test is about used to have no bound
    void shouldGiveUpWaitingForAReadThatOutlivesThePagesTimeToBeHeld() {
        PageReadAhead<String> ahead = new PageReadAhead<>(4, Duration.ofMillis(200).toNanos());
        CountDownLatch never = new CountDownLatch(1);
        Executor hanging = command -> new Thread(command).start();
        ahead.readAhead("p2", hanging, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });

        assertNull(ahead.take("p2"));
        never.countDown();
        assertNull(ahead.take("p2"), "and the page is forgotten");
    }
}
