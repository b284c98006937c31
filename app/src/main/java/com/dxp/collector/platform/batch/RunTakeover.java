package com.dxp.collector.platform.batch;

import com.dxp.collector.platform.PeriodicTask;
import com.dxp.collector.platform.cluster.ClusterConfig;
import com.dxp.collector.platform.cluster.DatabaseTime;
import com.dxp.collector.platform.cluster.ServerMembership;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs survive their server: every heartbeat, each live server looks for runs left active on a server that stopped
 * or has been silent for {@code cluster.dead-after-seconds}, and takes them over ({@link BatchRuns#takeOver}): the
 * dead execution is marked failed and the run restarts here from its checkpoints. A run is taken by one server only
 * (the run's lease), so within about the dead-after time plus one heartbeat a dead server's runs go on elsewhere.
 * Runs a server hands over as it stops on purpose are taken at the next look. At its start a server also resumes
 * the runs it was running when it died, if it came back before another server took them (Liberty fails them then).
 * It also stops the runs of this server that an operator asked another server to stop, and those another server
 * took over while this one was cut off from the database (a fence: one run never runs twice at once).
 */
@ApplicationScoped
public class RunTakeover {

    private static final Logger LOG = Logger.getLogger(RunTakeover.class.getName());

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ClusterConfig config;

    @Inject
    DatabaseTime time;

    @Inject
    JobRunRepository runs;

    @Inject
    BatchRuns batchRuns;

    @Inject
    ServerMembership membership;

    private PeriodicTask checks;

    /** Whether the runs Liberty failed at this server's start have been resumed. */
    private volatile boolean resumed;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        checks = PeriodicTask.start(scheduler, config.heartbeat(), config.heartbeat(), LOG,
                "batch: take-over of runs of gone servers", this::run);
    }

    @PreDestroy
    void stop() {
        if (checks != null) {
            checks.cancel();
        }
    }

    /**
     * Stops what another server took over from this one, and what other servers were asked to stop here, then takes
     * over what it can; returns how many runs it took.
     */
    int run() {
        if (!resumed) {
            // once, off the start-up path: the first job repository read after a crash can take long
            int n = batchRuns.resumeAfterRestart(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean()
                    .getStartTime()));
            resumed = true;
            if (n > 0) {
                LOG.log(Level.INFO, "batch: {0} run(s) this server was running when it died resumed", n);
            }
        }
        batchRuns.fence();
        batchRuns.stopAskedElsewhere();
        List<JobRunRepository.Orphan> orphans = runs.findOrphaned(time.now().minus(config.deadAfter()),
                membership.serverId());
        int taken = 0;
        for (JobRunRepository.Orphan o : orphans) {
            try {
                if (batchRuns.takeOver(o)) {
                    taken++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "batch: tenant {0}: {1} run {2} of gone server {3} not taken over yet: {4}",
                        new Object[] {o.run().tenantId(), o.run().jobName(), o.run().instanceId(), o.serverId(),
                            e.toString()});
            }
        }
        return taken;
    }
}
