package com.dxp.collector.genesys.simulator.data;

import java.util.UUID;

/**
 * Turns (slot, index) into a conversation id and back, so that a conversation can be regenerated from its id
 * in O(1) with nothing stored. The 122 free bits of a version-4 UUID carry slot, index, a check value and an
 * org tag, enciphered with a keyed four-round Feistel permutation: ids look random, differ across orgs, and an
 * id of another org (or a typo) fails the tag check on decoding.
 */
final class ConversationIds {

    /** Largest slot the 32 slot bits can hold (minutes since the epoch: far beyond year 9999). */
    static final long MAX_SLOT = 0xFFFF_FFFFL;
    /** Most conversations one minute slot can hold. */
    static final int MAX_PER_SLOT = 1 << 16;

    private static final long MASK61 = (1L << 61) - 1;
    private static final long MASK62 = (1L << 62) - 1;
    private static final int CHECK_BITS = 13;
    private static final int ROUNDS = 4;

    private final long orgTag;
    private final long[] roundKeys = new long[ROUNDS];

    ConversationIds(long orgKey) {
        long key = Seeds.mix(orgKey, Seeds.CONVERSATION_IDS);
        this.orgTag = Seeds.mix(key, -1) & MASK61;
        for (int i = 0; i < ROUNDS; i++) {
            roundKeys[i] = Seeds.mix(key, i);
        }
    }

    String encode(long slot, int index) {
        if (slot < 0 || slot > MAX_SLOT || index < 0 || index >= MAX_PER_SLOT) {
            throw new IllegalArgumentException("slot " + slot + " index " + index + " out of range");
        }
        long left = (slot << 29) | ((long) index << CHECK_BITS) | check(slot, index);
        long right = orgTag;
        for (int i = 0; i < ROUNDS; i++) {
            long next = left ^ round(i, right);
            left = right;
            right = next;
        }
        long a = left >>> 1;                                  // 60 bits
        long b = ((left & 1) << 61) | right;                  // 62 bits
        long msb = ((a >>> 12) << 16) | 0x4000L | (a & 0xFFF);
        long lsb = 0x8000_0000_0000_0000L | b;
        return new UUID(msb, lsb).toString();
    }

    /**
     * The slot and index packed as {@code slot << 16 | index}, or -1 when {@code id} is not a canonical
     * lower-case UUID this org issued.
     */
    long decode(String id) {
        if (id == null || id.length() != 36) {
            return -1;
        }
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 36; i++) {
            char ch = id.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (ch != '-') {
                    return -1;
                }
                continue;
            }
            int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            if (i < 18) {
                msb = (msb << 4) | digit;
            } else {
                lsb = (lsb << 4) | digit;
            }
        }
        if ((msb & 0xF000L) != 0x4000L || (lsb >>> 62) != 2) {
            return -1;
        }
        long a = ((msb >>> 16) << 12) | (msb & 0xFFF);
        long b = lsb & MASK62;
        long left = (a << 1) | (b >>> 61);
        long right = b & MASK61;
        for (int i = ROUNDS - 1; i >= 0; i--) {
            long previous = right ^ round(i, left);
            right = left;
            left = previous;
        }
        long slot = left >>> 29;
        int index = (int) ((left >>> CHECK_BITS) & 0xFFFF);
        if (right != orgTag || (left & ((1L << CHECK_BITS) - 1)) != check(slot, index)) {
            return -1;
        }
        return (slot << 16) | index;
    }

    private long round(int i, long half) {
        return Seeds.mix(half ^ roundKeys[i]) & MASK61;
    }

    private long check(long slot, int index) {
        return Seeds.mix(orgTag, (slot << 16) | index) & ((1L << CHECK_BITS) - 1);
    }
}
