package com.dxp.collector.backfill;

import java.util.List;

/** A page of a tenant's backfill runs, newest first; {@code nextCursor} is null on the last page. */
public record BackfillPage(List<BackfillRun> runs, String nextCursor) {
}
