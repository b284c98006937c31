package com.dxp.collector.platform;

import com.dxp.collector.platform.CollectorApi.Account;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's used heap from {@code /metrics}, every half second, for the benchmarks: its peak, and its lowest point
 * per stretch of a run, which says whether what stays live grows.
 */
public final class HeapSampler {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong first = new AtomicLong(-1);
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong limit = new AtomicLong();
    private final List<Long> samples = Collections.synchronizedList(new ArrayList<>());

    public HeapSampler() {
        timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        try {
            for (String line : CollectorApi.get("/metrics?scope=base", Account.NOBODY).body().lines().toList()) {
                if (line.startsWith("memory_usedHeap_bytes") || line.startsWith("base_memory_usedHeap_bytes")) {
                    long used = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    max.accumulateAndGet(used, Math::max);
                    samples.add(used);
                    first.compareAndSet(-1, used);
                    last.set(used);
                } else if (line.startsWith("memory_maxHeap_bytes")
                        || line.startsWith("base_memory_maxHeap_bytes")) {
                    limit.set((long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                }
            }
        } catch (Exception e) {
            // a missed sample
        }
    }

    public void stop() {
        timer.shutdownNow();
    }

    /**
     * The lowest sample of each of {@code parts} equal stretches of the run, in MiB: the heap just after a
     * collection, roughly what stays live. A heap that stays flat keeps these level; a leak makes them climb.
     */
    public String floors(int parts) {
        List<Long> all;
        synchronized (samples) {
            all = new ArrayList<>(samples);
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < parts && all.size() >= parts; p++) {
            out.add(Long.toString(all.subList(p * all.size() / parts, (p + 1) * all.size() / parts).stream()
                    .mapToLong(Long::longValue).min().orElse(0) >> 20));
        }
        return String.join(", ", out);
    }

    public long max() {
        return max.get();
    }

    public long first() {
        return first.get();
    }

    public long last() {
        return last.get();
    }

    public long limit() {
        return limit.get();
    }
}
