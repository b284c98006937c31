package com.dxp.collector.platform.audit;

import java.util.List;

/**
 * One page of the audit trail.
 *
 * @param entries    newest first
 * @param nextCursor pass as {@code cursor} to get the following page; absent on the last page
 */
public record AuditPage(List<AuditEntryView> entries, String nextCursor) {
}
