package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.RunExecution;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a backfill run is, as the console shows it ({@link BackfillRun#phase()}): an operator tells at once whether
 * a run still plans its windows, reads them, proves its days or has ended. Worked out from the step its execution is
 * in (the job's steps are {@code backfillWindows}, {@code reconcile}, then {@code journeySessions}) and whether its windows are planned.
 */
enum RunPhase {

    /** Active, its windows not planned yet (no windows total recorded). */
    PLANNING,
    /** Active, reading its planned windows. */
    WINDOWS,
    /** Active in the {@code reconcile} step, proving its days complete. */
    RECONCILIATION,
    /** Active in the {@code journeySessions} step, fetching the journey sessions its conversations name. */
    JOURNEY_SESSIONS,
    /** Not active: completed, stopped, failed or abandoned, or no execution known. */
    ENDED;

    /** The job step that reconciles; the step before it reads the windows. */
    static final String RECONCILE_STEP = "reconcile";

    /** The job step that fetches journey sessions, after the reconciliation. */
    static final String JOURNEY_SESSIONS_STEP = "journeySessions";

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
        Optional<String> step = runningStep.get();
        if (step.filter(RECONCILE_STEP::equals).isPresent()) {
            return RECONCILIATION;
        }
        if (step.filter(JOURNEY_SESSIONS_STEP::equals).isPresent()) {
            return JOURNEY_SESSIONS;
        }
        return windowsTotal == null ? PLANNING : WINDOWS;
    }
}
