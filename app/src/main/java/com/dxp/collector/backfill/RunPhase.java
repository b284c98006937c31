package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.RunExecution;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a backfill run is, as the console shows it ({@link BackfillRun#phase()}): an operator tells at once whether
 * a run still plans its windows, reads them, proves its days or has ended. Worked out from the step its execution is
 * in (the job's steps are {@code backfillWindows}, then {@code reconcile}) and whether its windows are planned.
 */
enum RunPhase {

    /** Active, its windows not planned yet (no windows total recorded). */
    PLANNING,
    /** Active, reading its planned windows. */
    WINDOWS,
    /** Active in the {@code reconcile} step, proving its days complete. */
    RECONCILIATION,
    /** Not active: completed, stopped, failed or abandoned, or no execution known. */
    ENDED;

    /** The job step that reconciles; the step before it reads the windows. */
    static final String RECONCILE_STEP = "reconcile";

    /**
     * The phase of a run.
     *
     * @param execution    its latest execution; null when the job repository has none
     * @param runningStep  the step that execution is running, asked only of an active execution (it reads the job
     *                     repository)
     * @param windowsTotal the windows the run planned; null until planned
     */
    static RunPhase of(RunExecution execution, Supplier<Optional<String>> runningStep, Long windowsTotal) {
        if (execution == null || !execution.active()) {
            return ENDED;
        }
        if (runningStep.get().filter(RECONCILE_STEP::equals).isPresent()) {
            return RECONCILIATION;
        }
        return windowsTotal == null ? PLANNING : WINDOWS;
    }
}
