package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stores a chunk of one listing's entities. Their "last seen" is the sync's start instant, not the writer's clock, so the
 * removal step's comparison holds across restarts and across servers whose clocks differ.
 */
@Named("directoryItemWriter")
@Dependent
public class DirectoryItemWriter extends AbstractItemWriter {

    @Inject
    DirectorySink sink;

    @Inject
    DirectoryProgress progress;

    @Inject
    JobContext jobContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** The listing: a {@link DirectoryKind#label()} such as {@code users} or {@code teams}. Required. */
    @Inject
    @BatchProperty
    String kind;

    /** The instant the first execution of this sync started (ISO-8601). Required. */
    @Inject
    @BatchProperty
    String syncStartedAt;

    private UUID tenant;
    private DirectoryKind listing;
    private Instant seenAt;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
        listing = DirectoryKind.parse(BatchParameters.required("kind", kind));
        seenAt = BatchParameters.instant("syncStartedAt", syncStartedAt);
    }

    @Override
    public void writeItems(List<Object> items) {
        List<DirectoryEntity> entities = items.stream().map(DirectoryEntity.class::cast).toList();
        sink.store(tenant, listing, seenAt, entities);
        progress.synced(jobContext.getInstanceId(), listing.label(), entities.size());
    }
}
