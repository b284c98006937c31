package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.cluster.ServerActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * This server's runs in its heartbeat, so the servers' listing shows which server runs which tenant's backfill or
 * sync (and an operator knows where to look for its log).
 */
@ApplicationScoped
public class RunsActivity implements ServerActivity {

    /** A run under way on this server. */
    public record RunHere(long runId, String job, UUID tenantId) {
    }

    @Inject
    BatchRuns batchRuns;

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public List<RunHere> now() {
        return batchRuns.localRuns().stream().map(r -> new RunHere(r.instanceId(), r.jobName(), r.tenantId()))
                .toList();
    }
}
