package com.dxp.collector.platform.audit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit trail for tests without a database: it keeps each event recorded, in order, and writes nothing. */
public final class RecordingAudit extends AuditService {

    /** What was recorded, oldest first. */
    public final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public AuditEntry record(AuditEvent event) {
        events.add(event);
        return null;
    }
}
