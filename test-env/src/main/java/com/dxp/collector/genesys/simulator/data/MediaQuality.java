package com.dxp.collector.genesys.simulator.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Voice quality as the Edge reports it: most calls have a MOS between 4.0 and 4.5, some are fair, a tail of
 * poor calls lies below 3.5. The R-factor is derived from the MOS through the ITU-T G.107 E-model mapping,
 * so both always agree, and packet counters grow with the call's length and its impairment.
 */
final class MediaQuality {

    static final int BEST_MOS = 450;
    private static final int[] R_FACTOR_TENTHS_BY_MOS = new int[BEST_MOS + 1];
    private static final List<String> CODECS = List.of("audio/opus", "audio/opus", "audio/opus", "audio/PCMU",
            "audio/PCMU", "audio/PCMA", "audio/G722");

    static {
        for (int mos = 100; mos <= BEST_MOS; mos++) {
            R_FACTOR_TENTHS_BY_MOS[mos] = (int) Math.round(rFactorFor(mos / 100.0) * 10);
        }
    }

    private MediaQuality() {
    }

    /** The conversation's worst MOS, in hundredths. */
    static int drawMos(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.86) {
            return Math.min(BEST_MOS, 400 + (int) (51 * Math.sqrt(random.nextDouble())));
        }
        if (u < 0.95) {
            return 350 + random.nextInt(50);
        }
        return 200 + random.nextInt(150);
    }

    static String drawCodec(SplittableRandom random) {
        return CODECS.get(random.nextInt(CODECS.size()));
    }

    /** R-factor in tenths for a MOS in hundredths (1.00 to 4.50). */
    static int rFactorTenths(int mosHundredths) {
        return R_FACTOR_TENTHS_BY_MOS[Math.max(100, Math.min(BEST_MOS, mosHundredths))];
    }

    /**
     * The stats of one voice session whose MOS is {@code mos}, connected for {@code connectedMillis}.
     */
    static MediaEndpointStat stat(SplittableRandom random, String codec, int mos, long connectedMillis,
                                  long eventMillis) {
        double impairment = (BEST_MOS - mos) / 250.0;
        long received = Math.max(1, connectedMillis / 20); // 50 packets per second
        long latency = 15 + random.nextInt(50) + (long) (impairment * impairment * 600 * random.nextDouble());
        long discarded = (long) (received * impairment * impairment * 0.04 * random.nextDouble());
        long underrun = (long) (received * impairment * impairment * 0.01 * random.nextDouble());
        long invalid = impairment > 0.4 ? random.nextInt(1 + (int) (impairment * 20)) : 0;
        long duplicate = random.nextInt(3);
        long overrun = impairment > 0.4 ? random.nextInt(1 + (int) (impairment * 8)) : 0;
        return new MediaEndpointStat(codec, mos, rFactorTenths(mos), latency, received, invalid, discarded,
                duplicate, overrun, underrun, eventMillis);
    }

    private static double mosFor(double r) {
        return 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);
    }

    private static double rFactorFor(double mos) {
        double low = 0;
        double high = 100;
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            if (mosFor(mid) < mos) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}
