package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plans the backfill: validates the job parameters (so a mistake fails the start, not a partition later) and makes
 * one partition per {@link BackfillWindow}. The plan is fixed on the first execution and rebuilt identically on
 * restart ({@link BackfillPlanCheckpoint}, kept as step data; after a crash, which may leave none, from the job
 * parameters and the data-availability date the progress port kept), with {@code partitionsOverride=false} so the
 * runtime re-runs only the partitions that did not complete, each from its checkpoint.
 */
@Named("backfillWindowPartitionMapper")
@Dependent
public class BackfillWindowPartitionMapper implements PartitionMapper {

    /** Partition property: first instant of the window (ISO-8601). */
    public static final String START = "start";
    /** Partition property: end of the window, exclusive (ISO-8601). */
    public static final String END = "end";
    /** Partition property: {@code QUERY} or {@code JOBS}. */
    public static final String METHOD = "method";
    /** Partition property: the chunk's item count, the page size of the window's method. */
    public static final String ITEM_COUNT = "itemCount";

    private static final Logger LOG = Logger.getLogger(BackfillWindowPartitionMapper.class.getName());

    @Inject
    ConversationHistory history;

    @Inject
    BackfillProgress progress;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    /** The tenant whose history is loaded (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** Start of the period, inclusive (ISO-8601 instant). Required. */
    @Inject
    @BatchProperty
    String from;

    /** End of the period, exclusive (ISO-8601 instant, after {@code from}). Required. */
    @Inject
    @BatchProperty
    String to;

    /** {@code auto} (default), {@code query} or {@code jobs}; see {@link BackfillStrategy}. */
    @Inject
    @BatchProperty
    String strategy;

    /** Window length (ISO-8601 duration); default {@code P1D}; query windows at most {@code P7D}. */
    @Inject
    @BatchProperty
    String windowSize;

    /** Job window length (ISO-8601 duration); default: {@code windowSize}. */
    @Inject
    @BatchProperty
    String jobWindowSize;

    /** Windows read in parallel (partition threads); default 2. */
    @Inject
    @BatchProperty
    String concurrency;

    /** Page size of the query; default 100. Checked here, used by the reader. */
    @Inject
    @BatchProperty
    String queryPageSize;

    /** Page size of job results; default 1000. Checked here, used by the reader. */
    @Inject
    @BatchProperty
    String jobPageSize;

    /** Pause between job status polls (ISO-8601 duration); default {@code PT3S}. Checked here. */
    @Inject
    @BatchProperty
    String jobPollInterval;

    /** Records a window may skip before it fails; default 100. Checked here, applied by the chunk. */
    @Inject
    @BatchProperty
    String skipLimit;

    @Override
    public PartitionPlan mapPartitions() {
        UUID tenant = BatchParameters.uuid("tenantId", tenantId);
        int threads = BatchParameters.positiveInt("concurrency", concurrency, 2);
        int queryPage = BatchParameters.positiveInt("queryPageSize", queryPageSize,
                ConversationHistoryItemReader.DEFAULT_QUERY_PAGE);
        int jobPage = BatchParameters.positiveInt("jobPageSize", jobPageSize,
                ConversationHistoryItemReader.DEFAULT_JOB_PAGE);
        BatchParameters.duration("jobPollInterval", jobPollInterval, ConversationHistoryItemReader.DEFAULT_POLL);
        BatchParameters.positiveInt("skipLimit", skipLimit, 100);

        boolean restart = restart();
        BackfillPlanCheckpoint plan = planned();
        if (plan == null && restart) {
            // a crash can leave no step data behind: the same plan again from the parameters and the kept date
            plan = replan();
        }
        boolean firstExecution = plan == null;
        if (firstExecution) {
            plan = newPlan(tenant);
        }
        stepContext.setPersistentUserData(plan);
        List<BackfillWindow> windows = windows(plan);
        if (firstExecution) {
            progress.windowsPlanned(jobContext.getInstanceId(), windows);
            if (plan.availability() != null) {
                progress.availabilityPlanned(jobContext.getInstanceId(), plan.availability());
            }
        }
        LOG.log(Level.INFO, "Backfill of tenant {0}: {1} windows from {2} to {3}, {4} in parallel",
                new Object[] {tenant, windows.size(), plan.from(), plan.to(), threads});

        Properties[] partitions = new Properties[windows.size()];
        for (int i = 0; i < partitions.length; i++) {
            BackfillWindow window = windows.get(i);
            Properties properties = new Properties();
            properties.setProperty(START, window.start().toString());
            properties.setProperty(END, window.end().toString());
            properties.setProperty(METHOD, window.method().name());
            properties.setProperty(ITEM_COUNT, Integer.toString(
                    window.method() == BackfillWindow.Method.QUERY ? queryPage : jobPage));
            partitions[i] = properties;
        }
        PartitionPlanImpl partitionPlan = new PartitionPlanImpl();
        partitionPlan.setPartitions(partitions.length);
        partitionPlan.setThreads(Math.min(threads, Math.max(1, partitions.length)));
        // a restart keeps the partitions of the execution that made the plan (and their checkpoints); a first plan,
        // or one an execution stopped before planning never made, gets partitions afresh
        partitionPlan.setPartitionsOverride(firstExecution);
        partitionPlan.setPartitionProperties(partitions);
        return partitionPlan;
    }

    /** Whether this execution restarts the instance (the job operator knows its earlier executions). */
    private boolean restart() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(jobContext.getExecutionId())).size() > 1;
    }

    /** The first execution's plan rebuilt from the parameters; null when an auto plan's date was not kept. */
    private BackfillPlanCheckpoint replan() {
        BackfillStrategy chosen = BackfillStrategy.parse(strategy);
        Instant availability = null;
        if (chosen == BackfillStrategy.AUTO) {
            Optional<Instant> kept = progress.plannedAvailability(jobContext.getInstanceId());
            if (kept.isEmpty()) {
                return null;
            }
            availability = kept.get();
        }
        Duration size = BatchParameters.duration("windowSize", windowSize, BackfillWindowPlanner.DEFAULT_WINDOW);
        return new BackfillPlanCheckpoint(BatchParameters.instant("from", from), BatchParameters.instant("to", to),
                chosen, size, BatchParameters.duration("jobWindowSize", jobWindowSize, size), availability);
    }

    private BackfillPlanCheckpoint planned() {
        return stepContext.getPersistentUserData() instanceof BackfillPlanCheckpoint earlier ? earlier : null;
    }

    private BackfillPlanCheckpoint newPlan(UUID tenant) {
        Instant start = BatchParameters.instant("from", from);
        Instant end = BatchParameters.instant("to", to);
        BackfillStrategy chosen = BackfillStrategy.parse(strategy);
        Duration size = BatchParameters.duration("windowSize", windowSize, BackfillWindowPlanner.DEFAULT_WINDOW);
        Duration jobSize = BatchParameters.duration("jobWindowSize", jobWindowSize, size);
        Instant[] availability = new Instant[1];
        BackfillWindowPlanner.plan(start, end, chosen, size, jobSize, () -> {
            availability[0] = history.dataAvailabilityDate(tenant);
            progress.apiCalls(jobContext.getInstanceId(), 1);
            return availability[0];
        });
        return new BackfillPlanCheckpoint(start, end, chosen, size, jobSize, availability[0]);
    }

    private static List<BackfillWindow> windows(BackfillPlanCheckpoint plan) {
        return BackfillWindowPlanner.plan(plan.from(), plan.to(), plan.strategy(), plan.windowSize(),
                plan.jobWindowSize(), plan::availability);
    }
}
