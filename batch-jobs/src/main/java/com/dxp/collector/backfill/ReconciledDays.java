package com.dxp.collector.backfill;

import java.time.Instant;

/**
 * What a reconciliation found.
 *
 * @param days                whole ended days checked
 * @param complete            of which all stored and complete
 * @param dataCompleteThrough the tenant's watermark afterwards; null when it has none yet
 */
public record ReconciledDays(int days, int complete, Instant dataCompleteThrough) {
}
