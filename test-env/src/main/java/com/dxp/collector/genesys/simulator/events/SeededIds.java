package com.dxp.collector.genesys.simulator.events;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Where the simulator's event ids come from. Seeded, it yields the same sequence on every run, so tests can
 * assert exact messages; {@link #derive} gives stable ids and numbers for a seed and a name (a user's login
 * session, an operational event's entity) without keeping any state.
 */
public final class SeededIds {

    private final SplittableRandom random;

    public SeededIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A source that differs on every run, for when nobody needs to assert ids. */
    public static SeededIds unseeded() {
        return new SeededIds(new SecureRandom().nextLong());
    }

    /** The next id of the sequence, a version-4 style UUID. */
    public synchronized UUID next() {
        return uuid(random.nextLong(), random.nextLong());
    }

    /** A UUID that depends only on the seed and the parts. */
    public static UUID derive(long seed, Object... parts) {
        long h = mix(seed, parts);
        return uuid(h, splitMix(h ^ 0x5DEECE66DL));
    }

    /** A well-spread 64-bit number that depends only on the seed and the parts. */
    public static long mix(long seed, Object... parts) {
        long h = splitMix(seed);
        for (Object part : parts) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001B3L;
            }
            h = splitMix(h ^ 0x1F);
        }
        return h;
    }

    /** A number in {@code [0, 1)} that depends only on the seed and the parts. */
    public static double fraction(long seed, Object... parts) {
        return (mix(seed, parts) >>> 11) * 0x1.0p-53;
    }

    private static UUID uuid(long most, long least) {
        most = (most & ~0xF000L) | 0x4000L;
        least = (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
