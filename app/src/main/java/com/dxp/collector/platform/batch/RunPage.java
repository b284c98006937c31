package com.dxp.collector.platform.batch;

import java.util.List;

/** A page of a tenant's runs of one job, newest first; {@code nextCursor} is null on the last page. */
public record RunPage<V>(List<V> runs, String nextCursor) {
}
