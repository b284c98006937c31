package com.dxp.collector.genesys.simulator.data;

/**
 * Voice quality of one session ({@code AnalyticsMediaEndpointStat}).
 *
 * @param codec            the codec, e.g. {@code audio/opus}
 * @param mosHundredths    {@code minMos} times 100
 * @param rFactorTenths    {@code minRFactor} times 10
 * @param maxLatencyMs     {@code maxLatencyMs}
 * @param receivedPackets  {@code receivedPackets}
 * @param invalidPackets   {@code invalidPackets}
 * @param discardedPackets {@code discardedPackets}
 * @param duplicatePackets {@code duplicatePackets}
 * @param overrunPackets   {@code overrunPackets}
 * @param underrunPackets  {@code underrunPackets}
 * @param eventMillis      {@code eventTime} as epoch milliseconds
 * @param wild             what a wild org writes beyond the tidy fields (no {@code minMos}, huge packet counts)
 */
record MediaEndpointStat(String codec, int mosHundredths, int rFactorTenths, long maxLatencyMs, long receivedPackets,
                         long invalidPackets, long discardedPackets, long duplicatePackets, long overrunPackets,
                         long underrunPackets, long eventMillis, WildFields wild) {

    /** A tidy stat. */
    MediaEndpointStat(String codec, int mosHundredths, int rFactorTenths, long maxLatencyMs, long receivedPackets,
                      long invalidPackets, long discardedPackets, long duplicatePackets, long overrunPackets,
                      long underrunPackets, long eventMillis) {
        this(codec, mosHundredths, rFactorTenths, maxLatencyMs, receivedPackets, invalidPackets, discardedPackets,
                duplicatePackets, overrunPackets, underrunPackets, eventMillis, WildFields.NONE);
    }

    MediaEndpointStat with(WildFields fields) {
        return new MediaEndpointStat(codec, mosHundredths, rFactorTenths, maxLatencyMs, receivedPackets,
                invalidPackets, discardedPackets, duplicatePackets, overrunPackets, underrunPackets, eventMillis,
                fields);
    }
}
