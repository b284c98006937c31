package com.dxp.collector.events;

/**
 * What replaying quarantined messages did.
 *
 * @param stored     messages now stored (their events were new)
 * @param duplicates messages whose events had been stored meanwhile (marked replayed too)
 * @param stillUnusable messages that still cannot be used; they stay with their new reason
 */
public record ReplayOutcome(int stored, int duplicates, int stillUnusable) {
}
