package com.dxp.collector.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail. {@link #record} joins the caller's transaction when there is one, so an admin change and
 * its audit entry commit or roll back together; an operator note, which has no other change, gets its own.
 */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditRepository repository;

    private final Clock clock = Clock.systemUTC();

    /** Records an event, stamped now (to the microsecond, the precision both databases keep). */
    @Transactional
    public AuditEntry record(AuditEvent event) {
        AuditEntry entry = new AuditEntry(event, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        repository.store(entry);
        return entry;
    }

    public Optional<AuditEntry> find(long id) {
        return repository.find(id);
    }

    /** One page of entries, newest first; the next cursor is present only when the page is full. */
    public AuditPage page(UUID tenantId, String cursor, int limit) {
        AuditCursor after = cursor == null || cursor.isBlank() ? null : AuditCursor.decode(cursor);
        List<AuditEntry> entries = repository.findPage(tenantId, after, limit);
        String next = null;
        if (entries.size() == limit) {
            AuditEntry last = entries.get(entries.size() - 1);
            next = new AuditCursor(last.getOccurredAt(), last.getId()).encode();
        }
        return new AuditPage(entries.stream().map(AuditEntryView::of).toList(), next);
    }
}
