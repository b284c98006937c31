package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import com.dxp.collector.platform.batch.PortCaller;
import com.dxp.collector.platform.batch.StopRequestedException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the member lists of the groups this sync stored, one complete group per item (all its member pages), so
 * a group's members are always replaced as a whole. The group list comes from the store, sorted, so the checkpoint
 * (an index into it) means the same group after a restart.
 */
@Named("groupMembershipItemReader")
@Dependent
public class GroupMembershipItemReader extends AbstractItemReader {

    @Inject
    DirectorySource source;

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

    /** The instant the first execution of this sync started (ISO-8601): groups stored since then are read. */
    @Inject
    @BatchProperty
    String syncStartedAt;

    /** Members per page; default 500. */
    @Inject
    @BatchProperty
    String pageSize;

    private UUID tenant;
    private int size;
    private PortCaller caller;
    private List<String> groupIds;
    private int index;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
        size = BatchParameters.positiveInt("pageSize", pageSize, DirectoryItemReader.DEFAULT_PAGE_SIZE);
        Instant since = BatchParameters.instant("syncStartedAt", syncStartedAt);
        caller = new PortCaller(jobContext);
        groupIds = sink.groupIds(tenant, since).stream().sorted().toList();
        index = checkpoint == null ? 0 : ((GroupListCheckpoint) checkpoint).index();
    }

    @Override
    public GroupMembers readItem() {
        if (index >= groupIds.size()) {
            return null;
        }
        String groupId = groupIds.get(index);
        try {
            List<String> members = new ArrayList<>();
            int pageCount = 1;
            for (int number = 1; number <= pageCount; number++) {
                int page = number;
                DirectoryPage fetched = caller.call(() -> source.groupMembers(tenant, groupId, page, size));
                fetched.entities().forEach(member -> members.add(member.id()));
                pageCount = fetched.entities().isEmpty() ? number : fetched.pageCount();
            }
            index++;
            return new GroupMembers(groupId, members);
        } catch (StopRequestedException e) {
            return null;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        reportCalls();
        return new GroupListCheckpoint(index);
    }

    @Override
    public void close() {
        if (caller != null) {
            reportCalls();
        }
    }

    private void reportCalls() {
        int calls = caller.drainCalls();
        if (calls > 0) {
            progress.apiCalls(jobContext.getInstanceId(), calls);
        }
    }
}
