package com.dxp.collector.backfill;

import java.time.Instant;

/** The whole UTC days of {@code [from, to)} to reconcile now (at most 31). */
public record ReconciliationRequest(Instant from, Instant to) {
}
