package com.dxp.collector.platform.jdbc;

import java.util.function.Supplier;

/**
 * Runs a piece of database work as a unit of its own, so the container ends its local transaction, and releases the
 * connections used in it, when the work returns. On a long-lived thread (a receive loop, the enrichment worker's
 * tenant threads) Liberty otherwise keeps one local transaction for the thread's whole life, and with it a pooled
 * connection pinned to the thread for good: sixteen receive loops pinned sixteen of the pool's twenty connections.
 */
public interface UnitOfWork {

    /** Work run as it is, for tests outside a container. */
    UnitOfWork DIRECT = new UnitOfWork() {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    };

    <T> T run(Supplier<T> work);
}
