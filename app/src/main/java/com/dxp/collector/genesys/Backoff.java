package com.dxp.collector.genesys;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with "equal jitter": attempt {@code n} waits between half and all of
 * {@code min(max, initial * 2^(n-1))}, so retries of many callers spread out but never wait less than half the
 * step nor more than the cap.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max) {
        this(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("0 <= initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The delay before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry starts at 1");
        }
        long step = initial.toMillis();
        for (int i = 1; i < retry && step < max.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, max.toMillis());
        long half = step / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (step - half)));
    }
}
