package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks removed the users and groups this sync did not see. It is the job's last step and runs only when every
 * step before it completed: after a partial sync, "not seen" would mean "not read yet" and remove live entities.
 * Its exit status is {@code REMOVED users=<n> groups=<n>}.
 */
@Named("directoryRemovalBatchlet")
@Dependent
public class DirectoryRemovalBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DirectoryRemovalBatchlet.class.getName());

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

    /** The instant the first execution of this sync started (ISO-8601): what was not seen since is removed. */
    @Inject
    @BatchProperty
    String syncStartedAt;

    @Override
    public String process() {
        RemovedEntities removed = sink.markRemoved(BatchParameters.uuid("tenantId", tenantId),
                BatchParameters.instant("syncStartedAt", syncStartedAt));
        long instance = jobContext.getInstanceId();
        progress.synced(instance, "removedUsers", removed.users());
        progress.synced(instance, "removedGroups", removed.groups());
        LOG.log(Level.INFO, "Directory sync of tenant {0} marked {1} users and {2} groups removed",
                new Object[] {tenantId, removed.users(), removed.groups()});
        return "REMOVED users=" + removed.users() + " groups=" + removed.groups();
    }
}
