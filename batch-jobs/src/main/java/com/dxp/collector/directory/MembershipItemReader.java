package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import com.dxp.collector.platform.batch.PagedReader;
import com.dxp.collector.platform.batch.PortCaller;
import com.dxp.collector.platform.batch.StopRequestedException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the member lists of the groups (or teams) this sync stored, one complete group per item (all its member
 * pages), so a group's members are always replaced as a whole. The group list comes from the store, sorted, so the
 * checkpoint (an index into it) means the same group after a restart. A group's member pages are fetched by
 * {@link #prepare()} between chunks, outside any transaction; a chunk stores one group's list.
 */
@Named("membershipItemReader")
@Dependent
public class MembershipItemReader extends AbstractItemReader implements PagedReader {

    @Inject
    DirectorySource source;

    @Inject
    DirectorySink sink;

    @Inject
    DirectoryProgress progress;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** Whose members: {@code groups} or {@code teams}. Required. */
    @Inject
    @BatchProperty
    String kind;

    /** The instant the first execution of this sync started (ISO-8601): groups stored since then are read. */
    @Inject
    @BatchProperty
    String syncStartedAt;

    /** Members per page; default 500. */
    @Inject
    @BatchProperty
    String pageSize;

    private UUID tenant;
    private DirectoryKind owners;
    private int size;
    private PortCaller caller;
    private List<String> groupIds;
    private int index;
    /** The next group's members, fetched by {@link #prepare()} outside the chunk's transaction. */
    private MemberList prepared;
    private RuntimeException preparedFailure;
    private boolean stopped;

    @Override
    public void open(Serializable checkpoint) {
        tenant = BatchParameters.uuid("tenantId", tenantId);
        owners = DirectoryKind.parse(BatchParameters.required("kind", kind));
        if (!owners.hasMembers()) {
            throw new IllegalArgumentException("kind must be groups or teams, was '" + kind + "'");
        }
        size = BatchParameters.positiveInt("pageSize", pageSize, DirectoryItemReader.DEFAULT_PAGE_SIZE);
        Instant since = BatchParameters.instant("syncStartedAt", syncStartedAt);
        caller = new PortCaller(jobContext);
        groupIds = sink.ownerIds(tenant, owners, since).stream().sorted().toList();
        index = checkpoint == null ? 0 : ((GroupListCheckpoint) checkpoint).index();
        prepared = null;
        preparedFailure = null;
        stopped = false;
        stepContext.setTransientUserData(this);
    }

    @Override
    public void prepare() {
        if (stopped || prepared != null || preparedFailure != null || index >= groupIds.size()) {
            return;
        }
        try {
            prepared = members(groupIds.get(index));
        } catch (StopRequestedException e) {
            stopped = true;
        } catch (RuntimeException e) {
            // thrown by the next readItem, where the chunk's retry rules apply to it
            preparedFailure = e;
        }
    }

    /** Each group is its own page: the chunk ends after it, and the next group is fetched outside it. */
    @Override
    public boolean pageUsedUp() {
        return true;
    }

    @Override
    public MemberList readItem() {
        if (stopped || index >= groupIds.size()) {
            return null;
        }
        if (preparedFailure != null) {
            RuntimeException failure = preparedFailure;
            preparedFailure = null;
            throw failure;
        }
        try {
            MemberList group = prepared != null && prepared.ownerId().equals(groupIds.get(index)) ? prepared
                    : members(groupIds.get(index));
            prepared = null;
            index++;
            return group;
        } catch (StopRequestedException e) {
            return null;
        }
    }

    /** All member pages of one group or team. */
    private MemberList members(String ownerId) {
        List<String> members = new ArrayList<>();
        Optional<PagePosition> next = Optional.of(PagePosition.FIRST);
        while (next.isPresent()) {
            PagePosition at = next.get();
            DirectoryPage fetched = caller.call(() -> source.members(tenant, owners, ownerId, at, size));
            fetched.entities().forEach(member -> members.add(member.id()));
            next = fetched.after(at);
        }
        return new MemberList(ownerId, members);
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
