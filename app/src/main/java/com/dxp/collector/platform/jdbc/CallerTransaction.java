package com.dxp.collector.platform.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Whether the calling thread runs in a JTA transaction (a batch chunk's, a {@code @Transactional} method's). Work on
 * the application data source is then part of that transaction and must neither commit nor roll back itself; it
 * cannot tell from the connection, which Liberty reports in auto-commit mode even inside a global transaction.
 */
@ApplicationScoped
public class CallerTransaction {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    public boolean active() {
        return registry != null && registry.getTransactionKey() != null;
    }
}
