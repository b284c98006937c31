package com.dxp.collector.genesys.simulator.data;

/**
 * How busy a contact centre is minute by minute over a week (UTC): quiet at night, a late-morning and an
 * afternoon peak on weekdays, a flatter midday hump at weekends, weekdays busier than weekend days. Weights
 * average exactly 1 over the week, so {@code conversationsPerDay} is the mean daily volume.
 */
final class DailyCurve {

    static final int MINUTES_PER_DAY = 1440;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    /** Relative daily volumes Monday..Sunday; they average 1. */
    private static final double[] DAY_FACTORS = {1.15, 1.18, 1.14, 1.13, 1.15, 0.70, 0.55};

    private static final DailyCurve STANDARD = new DailyCurve();

    private final double[] weights = new double[MINUTES_PER_WEEK];

    private DailyCurve() {
        double[] weekday = normalised(DailyCurve::weekdayShape);
        double[] weekend = normalised(DailyCurve::weekendShape);
        for (int day = 0; day < 7; day++) {
            double[] shape = day < 5 ? weekday : weekend;
            for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
                weights[day * MINUTES_PER_DAY + minute] = DAY_FACTORS[day] * shape[minute];
            }
        }
    }

    static DailyCurve standard() {
        return STANDARD;
    }

    /** The weight of the minute starting at {@code epochMinute}; 1970-01-01 was a Thursday. */
    double weight(long epochMinute) {
        return weights[(int) Math.floorMod(epochMinute + 3L * MINUTES_PER_DAY, (long) MINUTES_PER_WEEK)];
    }

    /** Mean number of conversations starting in that minute. */
    double meanPerMinute(long epochMinute, int conversationsPerDay) {
        return conversationsPerDay * weight(epochMinute) / MINUTES_PER_DAY;
    }

    private static double weekdayShape(double hour) {
        return 0.06 + bump(hour, 10.5, 1.6) + 0.85 * bump(hour, 14.5, 2.0) + 0.25 * bump(hour, 19.0, 1.5);
    }

    private static double weekendShape(double hour) {
        return 0.08 + 0.7 * bump(hour, 12.5, 3.0);
    }

    private static double bump(double hour, double centre, double width) {
        double d = (hour - centre) / width;
        return StrictMath.exp(-0.5 * d * d);
    }

    private static double[] normalised(java.util.function.DoubleUnaryOperator shape) {
        double[] values = new double[MINUTES_PER_DAY];
        double sum = 0;
        for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
            values[minute] = shape.applyAsDouble((minute + 0.5) / 60.0);
            sum += values[minute];
        }
        double mean = sum / MINUTES_PER_DAY;
        for (int minute = 0; minute < MINUTES_PER_DAY; minute++) {
            values[minute] /= mean;
        }
        return values;
    }
}
