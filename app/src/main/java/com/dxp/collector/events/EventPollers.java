package com.dxp.collector.events;

import com.dxp.collector.platform.rest.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import com.dxp.collector.platform.jdbc.DatabaseProbe;
import com.dxp.collector.platform.jdbc.UnitOfWork;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Owns the pollers of the configured queues: starts them when the application has started (after the schema
 * migration), stops them gracefully when it stops, and lets operators stop and start each and read its status.
 */
@ApplicationScoped
public class EventPollers {

    private static final Logger LOG = Logger.getLogger(EventPollers.class.getName());

    /** Threads of the container for each poller's own loops and deletes, so no other work can starve them. */
    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    EventsConfig config;

    @Inject
    EventQueues queues;

    @Inject
    EventIntake intake;

    @Inject
    EventIngestService ingest;

    @Inject
    EventMetrics metrics;

    @Inject
    EnrichmentBacklog backlog;

    @Inject
    DatabaseProbe database;

    @Inject
    UnitOfWork units;

    private final Map<String, QueuePoller> pollers = new LinkedHashMap<>();
    private ScheduledFuture<?> extender;

    void startOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        for (String url : config.queueUrls()) {
            QueuePoller p = new QueuePoller(url, queues, intake, ingest, config, metrics, backlog::full,
                    database::answers, threads, units, Clock.systemUTC());
            pollers.put(p.name(), p);
            p.start();
        }
        if (!pollers.isEmpty()) {
            long every = Math.max(1, config.visibilityTimeout().toSeconds() / 3);
            extender = scheduler.scheduleWithFixedDelay(this::tend, every, every, TimeUnit.SECONDS);
        }
    }

    /** Extends slow batches and restarts loops that ended by a fault; never throws, or it would not run again. */
    private void tend() {
        for (QueuePoller p : pollers.values()) {
            try {
                p.extendSlowBatches();
                p.supervise();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "events: queue {0}: tending failed: {1}", new Object[] {p.name(), e});
            }
        }
    }

    @PreDestroy
    void stopAll() {
        if (extender != null) {
            extender.cancel(false);
        }
        pollers.values().parallelStream().forEach(p -> p.stop(config.shutdownTimeout()));
    }

    public List<QueueStatus> statuses() {
        return pollers.values().stream().map(QueuePoller::status).toList();
    }

    /** Each queue's loops on this server, without a call to SQS. */
    public List<ReceiveLoopsActivity.QueueLoops> loops() {
        return pollers.values().stream().map(QueuePoller::loops).toList();
    }

    public QueueStatus status(String name) {
        return poller(name).status();
    }

    public QueueStatus stop(String name) {
        QueuePoller p = poller(name);
        p.stop(config.shutdownTimeout());
        return p.status();
    }

    public QueueStatus start(String name) {
        QueuePoller p = poller(name);
        p.start();
        return p.status();
    }

    private QueuePoller poller(String name) {
        QueuePoller p = pollers.get(name);
        if (p == null) {
            throw ProblemException.notFound("No configured queue is named " + name + ".");
        }
        return p;
    }
}
