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

/** Replaces the member lists of a chunk of groups in the store. */
@Named("groupMembershipItemWriter")
@Dependent
public class GroupMembershipItemWriter extends AbstractItemWriter {

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

    private UUID tenant;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            GroupMembers group = (GroupMembers) item;
            sink.replaceMembers(tenant, group.groupId(), group.userIds());
        }
        progress.synced(jobContext.getInstanceId(), "memberships", items.size());
    }
}
