package com.dxp.collector.platform;

import java.util.List;

/** Percentiles of a benchmark's samples, by nearest rank: the value that {@code p} % of the samples do not exceed. */
public final class Percentile {

    private Percentile() {
    }

    /** The {@code p}th percentile of {@code values} (in any order); NaN when there are none. */
    public static double of(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
