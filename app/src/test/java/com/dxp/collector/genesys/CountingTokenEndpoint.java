package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A token endpoint that counts requests, can hold them until released, and answers what the test says. */
final class CountingTokenEndpoint implements TokenEndpoint {

    private final AtomicInteger requests = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile IntFunction<IssuedToken> answer = n -> new IssuedToken("token-" + n, Duration.ofHours(24));

    @Override
    public IssuedToken requestToken(TenantConnection connection) {
        int n = requests.incrementAndGet();
        try {
            if (!gate.await(10, TimeUnit.SECONDS)) {
                throw new GenesysUnavailableException("timeout", "test gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysUnavailableException("interrupted", "interrupted");
        }
        return answer.apply(n);
    }

    int requests() {
        return requests.get();
    }

    void holdRequests() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    void answer(IntFunction<IssuedToken> value) {
        this.answer = value;
    }
}
