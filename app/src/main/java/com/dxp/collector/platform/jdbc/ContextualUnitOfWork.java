package com.dxp.collector.platform.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} through the container's default context service: a contextual proxy clears the transaction
 * context of the thread, runs the work in a local transaction of its own and ends it on return, as a managed task
 * would.
 */
@ApplicationScoped
public class ContextualUnitOfWork implements UnitOfWork {

    @Resource
    ContextService contexts;

    @Override
    public <T> T run(Supplier<T> work) {
        return contexts.contextualSupplier(work).get();
    }
}
