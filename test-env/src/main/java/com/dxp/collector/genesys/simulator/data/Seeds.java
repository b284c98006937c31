package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.OrgSpec;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Derives every random choice from (org key, purpose, item) by hashing, so that any item can be regenerated on
 * its own and the result never depends on generation order, hash-map iteration or the clock.
 */
final class Seeds {

    static final long USERS = 1;
    static final long GROUPS = 2;
    static final long QUEUES = 3;
    static final long WRAP_UP_CODES = 4;
    static final long DIVISIONS = 5;
    static final long ORG = 6;
    static final long SLOT_VOLUME = 7;
    static final long START_OFFSET = 8;
    static final long CONVERSATION = 9;
    static final long CONVERSATION_IDS = 10;
    static final long FLOWS = 11;
    static final long WILD_SCHEDULE = 12;
    static final long WILD_CONVERSATION = 13;
    static final long WILD_DIRECTORY = 14;
    static final long TEAMS = 15;
    static final long TEAM_MEMBERS = 16;
    static final long SKILLS = 17;
    static final long USER_SKILLS = 18;
    static final long JOURNEY_SEGMENTS = 19;
    static final long JOURNEY_SESSIONS = 20;
    static final long JOURNEY_CUSTOMERS = 21;
    static final long CONVERSATION_SKILLS = 22;
    static final long WILD_REFERENCE_DATA = 23;

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Seeds() {
    }

    /** The SplitMix64 finalizer: a bijective, well-mixing 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix(a ^ mix(b + GOLDEN));
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    /** The key all of an org's data hangs from: its seed, mixed with its id so equal seeds still differ. */
    static long orgKey(OrgSpec spec) {
        return mix(spec.seed(), spec.orgId().getMostSignificantBits(), spec.orgId().getLeastSignificantBits());
    }

    /** A random generator for one item of one purpose. */
    static SplittableRandom random(long key, long purpose, long item) {
        return new SplittableRandom(mix(key, purpose, item));
    }

    /** A random-looking version-4 UUID for one item of one purpose. */
    static UUID uuid(long key, long purpose, long item) {
        long base = mix(key, purpose, item);
        return v4(mix(base, 1), mix(base, 2));
    }

    /** A random-looking version-4 UUID string drawn from {@code random}. */
    static String uuid(SplittableRandom random) {
        return v4(random.nextLong(), random.nextLong()).toString();
    }

    static UUID v4(long high, long low) {
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }
}
