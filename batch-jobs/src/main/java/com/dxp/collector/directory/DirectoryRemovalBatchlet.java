package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks removed the entities of the kinds this sync read ({@code parts}) that it did not see. It is the job's last
 * step and runs only when every step before it completed: after a partial sync, "not seen" would mean "not read
 * yet" and remove live entities; and a kind the sync did not read (its permission not granted) is left as it is.
 * Its exit status is {@code REMOVED users=<n> groups=<n> ...}, one count per kind read.
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

    /** The kinds this sync copies ({@link DirectoryParts}); default users and groups. */
    @Inject
    @BatchProperty
    String parts;

    @Override
    public String process() {
        Map<DirectoryKind, Integer> removed = sink.markRemoved(BatchParameters.uuid("tenantId", tenantId),
                DirectoryParts.parse(parts), BatchParameters.instant("syncStartedAt", syncStartedAt));
        long instance = jobContext.getInstanceId();
        StringBuilder status = new StringBuilder("REMOVED");
        new TreeMap<>(removed).forEach((kind, count) -> {
            progress.synced(instance, kind.removedFigure(), count);
            status.append(' ').append(kind.label()).append('=').append(count);
        });
        LOG.log(Level.INFO, "Directory sync of tenant {0}: {1}", new Object[] {tenantId, status});
        return status.toString();
    }
}
