package com.dxp.collector.genesys.simulator.data;

import java.util.SplittableRandom;

/**
 * How many conversations start in each one-minute slot of an org's timeline, and when exactly: a Poisson draw
 * (normal approximation for large means) around the {@link DailyCurve} mean, seeded by (org, slot), so any
 * slot can be recounted on its own.
 */
final class SlotTraffic {

    static final long SLOT_MILLIS = 60_000;

    private final long orgKey;
    private final int conversationsPerDay;
    private final DailyCurve curve;

    SlotTraffic(long orgKey, int conversationsPerDay, DailyCurve curve) {
        this.orgKey = orgKey;
        this.conversationsPerDay = conversationsPerDay;
        this.curve = curve;
    }

    /** Number of conversations starting in {@code slot} (minutes since the epoch). */
    int count(long slot) {
        if (conversationsPerDay == 0 || slot < 0 || slot > ConversationIds.MAX_SLOT) {
            return 0;
        }
        double mean = curve.meanPerMinute(slot, conversationsPerDay);
        return Math.min(ConversationIds.MAX_PER_SLOT - 1, poisson(Seeds.random(orgKey, Seeds.SLOT_VOLUME, slot), mean));
    }

    /** Start of the {@code index}th conversation of {@code slot}, uniformly spread over the minute. */
    long startMillis(long slot, int index) {
        return slot * SLOT_MILLIS + Math.floorMod(Seeds.mix(orgKey, Seeds.START_OFFSET, (slot << 16) | index),
                SLOT_MILLIS);
    }

    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) { // Knuth: multiply uniforms until the product drops below e^-mean
            double limit = StrictMath.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
            return count;
        }
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        double gaussian = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian));
    }
}
