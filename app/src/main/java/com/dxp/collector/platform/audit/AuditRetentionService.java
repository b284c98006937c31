package com.dxp.collector.platform.audit;

import com.dxp.collector.platform.rest.ProblemException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * Starts and reports runs of the {@code audit-retention} batch job. Runs live in Liberty's job repository,
 * which is in the application database, so they are still there after a restart.
 */
@ApplicationScoped
public class AuditRetentionService {

    static final String JOB = "audit-retention";

    @Inject
    AuditConfig config;

    /**
     * Starts a purge of the entries older than {@code retentionDays}.
     *
     * @throws ProblemException 400 for a retention under {@code audit.retention.min-days}; nothing is deleted
     */
    public RetentionRun start(int retentionDays, String requestedBy) {
        requireRetention(retentionDays, config.retentionMinDays());
        Properties parameters = new Properties();
        parameters.setProperty("retentionDays", Integer.toString(retentionDays));
        parameters.setProperty("requestedBy", requestedBy);
        long executionId = operator().start(JOB, parameters);
        return find(executionId).orElseThrow(() -> new IllegalStateException(
                "job execution " + executionId + " vanished right after it was started"));
    }

    /** Refuses a retention shorter than the configured minimum. */
    static void requireRetention(int retentionDays, int minDays) {
        if (retentionDays < minDays) {
            throw ProblemException.badRequest("retentionDays must be at least " + minDays
                    + " (audit.retention.min-days), was " + retentionDays + "; nothing was deleted.");
        }
    }

    /** The run with this execution id, if there is one and it is an audit-retention run. */
    public Optional<RetentionRun> find(long executionId) {
        JobOperator operator = operator();
        JobExecution execution;
        try {
            execution = operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
        if (!JOB.equals(execution.getJobName())) {
            return Optional.empty();
        }
        Long purged = null;
        if (execution.getBatchStatus() == BatchStatus.COMPLETED) {
            OptionalLong count = operator.getStepExecutions(executionId).stream()
                    .map(StepExecution::getExitStatus)
                    .map(AuditRetentionBatchlet::purgedFrom)
                    .filter(OptionalLong::isPresent)
                    .findFirst().orElse(OptionalLong.empty());
            purged = count.isPresent() ? count.getAsLong() : null;
        }
        return Optional.of(new RetentionRun(executionId, execution.getBatchStatus().name(),
                instant(execution.getStartTime()), instant(execution.getEndTime()), purged));
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
