package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides, per request, which injected faults strike: latency faults add up, the first other fault that strikes
 * decides the outcome. Every random choice comes from one seeded {@link Random}, so a seeded run misbehaves the
 * same way again (for the same request order).
 */
final class FaultInjector {

    private static final Logger LOG = Logger.getLogger(FaultInjector.class.getName());

    /** What happens to one request: an added delay, and the fault that replaces normal serving (or null). */
    record FaultPlan(Duration delay, Fault terminal) {

        static final FaultPlan NONE = new FaultPlan(Duration.ZERO, null);
    }

    private record Active(Fault fault, AtomicInteger remaining) {
    }

    private final List<Active> faults = new CopyOnWriteArrayList<>();
    private final Random random;

    FaultInjector(long seed) {
        this.random = new Random(seed);
    }

    void inject(Fault fault) {
        faults.add(new Active(fault, new AtomicInteger(fault.times() == 0 ? Integer.MAX_VALUE : fault.times())));
        LOG.log(Level.INFO, "fault injected: {0}", fault);
    }

    void clear() {
        faults.clear();
    }

    List<Fault> faults() {
        return faults.stream().map(Active::fault).toList();
    }

    FaultPlan decide(String method, String path) {
        if (faults.isEmpty()) {
            return FaultPlan.NONE;
        }
        Duration delay = Duration.ZERO;
        Fault terminal = null;
        synchronized (random) {
            for (Active active : faults) {
                Fault fault = active.fault();
                if (!fault.matches(method, path) || active.remaining().get() <= 0) {
                    continue;
                }
                if (fault.kind() != FaultKind.LATENCY && terminal != null) {
                    continue;
                }
                if (random.nextDouble() >= fault.probability() || active.remaining().getAndDecrement() <= 0) {
                    continue;
                }
                if (fault.kind() == FaultKind.LATENCY) {
                    delay = delay.plus(latency(fault));
                } else {
                    terminal = fault;
                }
            }
            faults.removeIf(active -> active.remaining().get() <= 0);
        }
        return new FaultPlan(delay, terminal);
    }

    private Duration latency(Fault fault) {
        long min = fault.minLatency().toMillis();
        long spread = fault.maxLatency().toMillis() - min;
        return Duration.ofMillis(spread <= 0 ? min : min + (long) (random.nextDouble() * (spread + 1)));
    }
}
