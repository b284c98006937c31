package com.dxp.collector.backfill;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Makes the reason a window was refused the job's exit status. A partition's own exit status is not visible on
 * the job execution, and "FAILED" alone would send an operator to the logs for what the API already said.
 */
@Named("backfillPartitionAnalyzer")
@Dependent
public class BackfillPartitionAnalyzer extends AbstractPartitionAnalyzer {

    /** Prefix of a partition exit status that carries a refusal's message. */
    public static final String REFUSED = "REFUSED: ";

    @Inject
    JobContext jobContext;

    @Override
    public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
        if (exitStatus != null && exitStatus.startsWith(REFUSED)) {
            jobContext.setExitStatus(exitStatus);
        }
    }
}
