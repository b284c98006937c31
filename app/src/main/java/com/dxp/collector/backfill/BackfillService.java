package com.dxp.collector.backfill;

import com.dxp.collector.conversation.ConversationRepository;
import com.dxp.collector.conversation.JourneySessionStore;
import com.dxp.collector.genesys.GenesysGateway;
import com.dxp.collector.genesys.GenesysPermission;
import com.dxp.collector.platform.batch.BatchRuns;
import com.dxp.collector.platform.batch.JobRun;
import com.dxp.collector.platform.batch.RunFigureStore;
import com.dxp.collector.platform.batch.RunExecution;
import com.dxp.collector.platform.batch.RunKind;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.tenant.TenantGate;
import com.dxp.collector.tenant.TenantRuns;
import com.dxp.collector.tenant.TenantService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plans, estimates, starts and reports the backfill runs of a tenant. A request is checked here with the job's own
 * planner, so a bad one is a 400 before anything starts, and the estimate (API calls and duration at the tenant's
 * budget) comes with every answer. The run itself is the {@code conversationBackfill} job; its figures are in the
 * run record its partitions update. Listing, stopping and restarting runs is {@link TenantRuns}'s, as for every kind.
 */
@ApplicationScoped
public class BackfillService implements RunKind<BackfillRun> {

    static final String JOB = "conversationBackfill";
    /** How long a dry run's estimate waits for Genesys's counts before it takes the store's. */
    static final int PROBE_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(BackfillService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BackfillConfig config;

    @Inject
    BatchRuns batchRuns;

    @Inject
    RunFigureStore runStore;

    @Inject
    TenantRuns runs;

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    @Inject
    JourneySessionStore journeySessionStore;

    @Inject
    ConversationHistory history;

    @Inject
    ConversationRepository conversations;

    @Inject
    GenesysGateway gateway;

    @Resource(lookup = "concurrent/collector")
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    /** Checks and estimates the request and, unless it is a dry run, starts it. */
    public BackfillStart start(UUID tenantId, BackfillRequest request, String requestedBy) {
        runs.requireRunnable(tenantId);
        Plan plan = plan(tenantId, request);
        Set<String> granted = gate.grantedPermissions(tenantId);
        JourneySessionPlan sessions = journeySessions(tenantId, granted);
        BackfillEstimate estimate = estimate(tenantId, request, plan);
        if (sessions.fetch()) {
            estimate = estimate.withJourneySessions(expectedJourneySessions(tenantId, request, estimate));
        }
        if (request.isDryRun()) {
            return new BackfillStart(estimate, null);
        }
        Properties p = new Properties();
        p.setProperty("tenantId", tenantId.toString());
        p.setProperty("from", request.from().toString());
        p.setProperty("to", request.to().toString());
        p.setProperty("strategy", plan.strategy().name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("windowSize", plan.windowSize().toString());
        p.setProperty("jobWindowSize", plan.jobWindowSize().toString());
        p.setProperty("concurrency", Integer.toString(config.concurrency()));
        p.setProperty("queryPageSize", Integer.toString(config.queryPageSize()));
        p.setProperty("jobPageSize", Integer.toString(config.jobPageSize()));
        p.setProperty("jobPollInterval", config.jobPollInterval());
        p.setProperty("chunkTimeoutSeconds", Integer.toString(config.chunkTimeoutSeconds()));
        p.setProperty("journeySessions", Boolean.toString(sessions.fetch()));
        String recorded = JSON.toJson(new RecordedRequest(request.from(), request.to(),
                plan.strategy().name().toLowerCase(java.util.Locale.ROOT), plan.windowSize().toString(),
                plan.jobWindowSize().toString(), estimate, sessions, leftOut(granted, sessions)));
        return new BackfillStart(estimate, runs.start(this, tenantId, p, requestedBy, recorded));
    }

    @Override
    public String jobName() {
        return JOB;
    }

    private Plan plan(UUID tenantId, BackfillRequest r) {
        if (r == null || r.from() == null || r.to() == null) {
            throw ProblemException.badRequest("from and to are required ISO-8601 instants.");
        }
        Instant now = clock.instant();
        if (r.to().isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw ProblemException.badRequest("to (" + r.to() + ") is in the future.");
        }
        if (r.from().isBefore(now.minus(config.maxAge()))) {
            throw ProblemException.badRequest("from (" + r.from() + ") is more than " + config.maxAge().toDays()
                    + " days ago (backfill.max-days).");
        }
        Duration size = duration("windowSize", r.windowSize(), config.windowSize());
        Duration jobSize = duration("jobWindowSize", r.jobWindowSize(), config.jobWindowSize());
        try {
            BackfillStrategy strategy = BackfillStrategy.parse(r.strategy());
            List<BackfillWindow> windows = BackfillWindowPlanner.plan(r.from(), r.to(), strategy, size, jobSize,
                    () -> history.dataAvailabilityDate(tenantId));
            return new Plan(strategy, size, jobSize, windows);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage() + ".");
        } catch (HistoryRefusedException | HistoryUnavailableException | HistoryPostponedException e) {
            throw new ProblemException(503, "Service Unavailable", "Genesys did not give the tenant's data"
                    + " availability date: " + e.getMessage());
        }
    }

    /**
     * The daily volume: for a dry run, the API's count of the period's own days (one query call each, at most three:
     * {@link BackfillEstimator#probedDays}), asked within {@value #PROBE_SECONDS} s; otherwise, or when Genesys does
     * not answer in time, what the store holds of the last 7 days, divided by the days it holds (a tenant live for
     * two days is not a seventh as busy). A run that starts does not ask Genesys here: its start must not wait on a
     * rate limit, and its operator saw the dry run's estimate.
     */
    private BackfillEstimate estimate(UUID tenantId, BackfillRequest request, Plan plan) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Long perDay = null;
        String basis = "unknown";
        if (request.isDryRun()) {
            perDay = probe(tenantId, BackfillEstimator.probedDays(request.from(), request.to(), today));
            basis = perDay == null ? basis : "probe";
        }
        if (perDay == null) {
            long stored = 0;
            int daysHeld = 0;
            for (int i = 1; i <= 7; i++) {
                Instant day = today.minus(Duration.ofDays(i));
                long n = conversations.countStarting(tenantId, day, day.plus(Duration.ofDays(1)));
                stored += n;
                daysHeld += n > 0 ? 1 : 0;
            }
            if (daysHeld > 0) {
                perDay = Math.round((double) stored / daysHeld);
                basis = "stored";
            }
        }
        return new BackfillEstimator(config.queryPageSize(), config.jobPageSize(), config.pollsPerJob())
                .estimate(plan.windows(), request.from(), request.to(), perDay, basis,
                        gateway.budget(tenantId).limit(), today);
    }

    /** The average count of the days, from Genesys, or null when it does not answer within the time allowed. */
    private Long probe(UUID tenantId, List<Instant> days) {
        Future<Long> hits = executor.submit(() -> {
            long sum = 0;
            for (Instant day : days) {
                sum += history.queryPage(tenantId, day, day.plus(Duration.ofDays(1)), 1, 1).totalHits();
            }
            return Math.round((double) sum / days.size());
        });
        try {
            return hits.get(PROBE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            hits.cancel(true);
            LOG.log(Level.INFO, "backfill: tenant {0}: no count from Genesys for the estimate: {1}",
                    new Object[] {tenantId, e.toString()});
            return null;
        } catch (InterruptedException e) {
            hits.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public BackfillRun view(JobRun run) {
        RecordedRequest request = JSON.fromJson(run.requestJson(), RecordedRequest.class);
        RunExecution e = batchRuns.execution(run).orElse(null);
        Map<String, Long> f = runStore.figures(run.instanceId());
        long inserted = f.getOrDefault(BackfillFigures.INSERTED, 0L);
        long replaced = f.getOrDefault(BackfillFigures.REPLACED, 0L);
        long stored = inserted + replaced + f.getOrDefault(BackfillFigures.UNCHANGED, 0L);
        long done = runStore.windowsCompleted(run.instanceId());
        Long total = f.get(BackfillFigures.WINDOWS_TOTAL);
        double rate = 0;
        Long eta = null;
        if (e != null && e.firstStartedAt() != null) {
            Instant end = e.endedAt() != null && !e.active() ? e.endedAt() : clock.instant();
            double seconds = Math.max(1, Duration.between(e.firstStartedAt(), end).toMillis() / 1000.0);
            rate = Math.round(stored / seconds * 10) / 10.0;
            if (e.active() && total != null && done > 0 && done < total) {
                eta = Math.round(seconds * (total - done) / done);
            } else if (e.status().equals("COMPLETED")) {
                eta = 0L;
            }
        }
        return new BackfillRun(run.instanceId(), run.tenantId(), request.from(), request.to(), request.strategy(),
                request.windowSize(), request.jobWindowSize(), run.requestedBy(), run.requestedAt(), e == null ? null : e.executionId(),
                e == null ? 0 : e.executions(), e == null ? "UNKNOWN" : e.status(), e == null ? null : e.exitStatus(),
                e == null ? null : e.startedAt(), e == null ? null : e.endedAt(), done, total, stored, inserted,
                replaced, f.getOrDefault(BackfillFigures.SKIPPED, 0L), f.getOrDefault(BackfillFigures.API_CALLS, 0L),
                rate, eta, request.estimate(), runStore.skips(run.instanceId()), phase(e, total),
                reconciliation(f), journeySessionFigures(request.journeySessions(), f),
                request.leftOut() == null ? Map.of() : request.leftOut());
    }

    /** Where the run is, from the step its execution is in ({@link RunPhase}). */
    private String phase(RunExecution e, Long windowsTotal) {
        return RunPhase.of(e, () -> batchRuns.runningStep(e), windowsTotal).name();
    }

    /** The run's journey sessions: whether it fetches them (why not), and how many so far; a run from before: off. */
    private static JourneySessionFigures journeySessionFigures(JourneySessionPlan plan, Map<String, Long> figures) {
        JourneySessionPlan p = plan == null ? JourneySessionPlan.off("the run was started before journey sessions"
                + " were fetched") : plan;
        return new JourneySessionFigures(p.fetch(), p.reason(),
                figures.getOrDefault(BackfillFigures.JOURNEY_SESSIONS, 0L),
                figures.getOrDefault(BackfillFigures.JOURNEY_SESSIONS_MISSING, 0L));
    }

    private static ReconciledDays reconciliation(Map<String, Long> figures) {
        Long days = figures.get(BackfillFigures.RECONCILED_DAYS);
        if (days == null) {
            return null;
        }
        Long through = figures.get(BackfillFigures.RECONCILED_THROUGH);
        return new ReconciledDays(days.intValue(),
                figures.getOrDefault(BackfillFigures.RECONCILED_COMPLETE, 0L).intValue(),
                figures.getOrDefault(BackfillFigures.RECONCILED_UNCHECKED, 0L).intValue(),
                through == null ? null : Instant.ofEpochSecond(through));
    }


    private static Duration duration(String name, String requested, String fallback) {
        String text = requested == null || requested.isBlank() ? fallback : requested;
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 duration such as PT6H or P1D, was '"
                    + text + "'.");
        }
    }

    private record Plan(BackfillStrategy strategy, Duration windowSize, Duration jobWindowSize,
                        List<BackfillWindow> windows) {
    }

    /** The request as recorded with its run. */
    public record RecordedRequest(Instant from, Instant to, String strategy, String windowSize,
                                  String jobWindowSize, BackfillEstimate estimate, JourneySessionPlan journeySessions,
                                  Map<String, String> leftOut) {
    }

    /**
     * What the run leaves out of the optional data, each with what would enable it: journey sessions, and
     * participant attributes (analytics job results carry them only to a client holding their permission).
     */
    private static Map<String, String> leftOut(Set<String> granted, JourneySessionPlan sessions) {
        Map<String, String> leftOut = new java.util.LinkedHashMap<>();
        if (!sessions.fetch()) {
            leftOut.put("journeySessions", sessions.reason());
        }
        String attributes = GenesysPermission.PARTICIPANT_ATTRIBUTES_VIEW.permission();
        if (!granted.contains(attributes)) {
            leftOut.put("participantAttributes", attributes + " was not granted at the tenant's last verification;"
                    + " grant it and verify the tenant again to store participant attributes from job results");
        }
        return leftOut;
    }

    /**
     * Whether the run fetches journey sessions: only for a tenant that opted in and whose last verification found
     * {@code journey:session:view} granted; decided at the start and kept for every execution.
     */
    private JourneySessionPlan journeySessions(UUID tenantId, Set<String> granted) {
        if (!tenants.find(tenantId).journeySessions()) {
            return JourneySessionPlan.off("the tenant has not opted in (journeySessions on the tenant)");
        }
        if (!granted.contains(GenesysPermission.SESSION_VIEW.permission())) {
            return JourneySessionPlan.off(GenesysPermission.SESSION_VIEW.permission() + " was not granted at the"
                    + " tenant's last verification; grant it and verify the tenant again to fetch journey sessions");
        }
        return JourneySessionPlan.ON;
    }

    /**
     * The sessions the period's stored conversations name and that are not fetched yet, or, for a period not stored
     * yet, the expected conversations times the sessions per conversation of the store's last 7 days.
     */
    private long expectedJourneySessions(UUID tenantId, BackfillRequest request, BackfillEstimate estimate) {
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        double share = journeySessionStore.sessionsPerConversation(tenantId, today.minus(Duration.ofDays(7)),
                today);
        return Math.max(journeySessionStore.countPending(tenantId, request.from(), request.to()),
                Math.round(estimate.conversations() * share));
    }
}
