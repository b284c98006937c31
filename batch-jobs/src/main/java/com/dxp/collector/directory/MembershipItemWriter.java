package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** Replaces the member lists of a chunk of groups (or teams) in the store. */
@Named("membershipItemWriter")
@Dependent
public class MembershipItemWriter extends AbstractItemWriter {

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

    /** Whose members: {@code groups} or {@code teams}. Required. */
    @Inject
    @BatchProperty
    String kind;

    private UUID tenant;
    private DirectoryKind owners;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
        owners = DirectoryKind.parse(BatchParameters.required("kind", kind));
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            MemberList members = (MemberList) item;
            sink.replaceMembers(tenant, owners, members.ownerId(), members.userIds());
        }
        progress.synced(jobContext.getInstanceId(), owners.membershipsFigure(), items.size());
    }
}
