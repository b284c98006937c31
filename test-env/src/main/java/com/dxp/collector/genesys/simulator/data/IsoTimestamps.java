package com.dxp.collector.genesys.simulator.data;

/**
 * Formats epoch milliseconds as the analytics API does ({@code 2026-05-13T00:12:03.551Z}, UTC, always with
 * milliseconds). Hand-rolled because it runs several dozen times per conversation and
 * {@code DateTimeFormatter} would dominate the generation time.
 */
final class IsoTimestamps {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private IsoTimestamps() {
    }

    /** Epoch milliseconds of {@code instant}, saturated at the ends of the {@code long} range. */
    static long epochMillis(java.time.Instant instant) {
        if (instant.getEpochSecond() >= Long.MAX_VALUE / 1000 - 1) {
            return Long.MAX_VALUE;
        }
        if (instant.getEpochSecond() <= Long.MIN_VALUE / 1000 + 1) {
            return Long.MIN_VALUE;
        }
        return instant.toEpochMilli();
    }

    static String format(long epochMillis) {
        long days = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        int millisOfDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
        // civil date from days since 1970-01-01 (H. Hinnant's algorithm)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

        char[] c = new char[24];
        put(c, 0, year, 4);
        c[4] = '-';
        put(c, 5, month, 2);
        c[7] = '-';
        put(c, 8, day, 2);
        c[10] = 'T';
        put(c, 11, millisOfDay / 3_600_000, 2);
        c[13] = ':';
        put(c, 14, millisOfDay / 60_000 % 60, 2);
        c[16] = ':';
        put(c, 17, millisOfDay / 1000 % 60, 2);
        c[19] = '.';
        put(c, 20, millisOfDay % 1000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
