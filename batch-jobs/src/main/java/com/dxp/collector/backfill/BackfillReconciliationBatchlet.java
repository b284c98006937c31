package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.BatchParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backfill's last step: reconciles the period's days ({@link Reconciliation}) once all its windows are stored,
 * so the completeness watermark only ever moves over days a run has read in full. Its exit status is
 * {@code RECONCILED days=<n> complete=<n>}.
 */
@Named("backfillReconciliationBatchlet")
@Dependent
public class BackfillReconciliationBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(BackfillReconciliationBatchlet.class.getName());

    @Inject
    Reconciliation reconciliation;

    @Inject
    JobContext jobContext;

    /** The tenant (UUID). Required. */
    @Inject
    @BatchProperty
    String tenantId;

    /** Start of the period (ISO-8601 instant). Required. */
    @Inject
    @BatchProperty
    String from;

    /** End of the period, exclusive (ISO-8601 instant). Required. */
    @Inject
    @BatchProperty
    String to;

    @Override
    public String process() {
        ReconciledDays r = reconciliation.reconcile(jobContext.getInstanceId(),
                BatchParameters.uuid("tenantId", tenantId), BatchParameters.instant("from", from),
                BatchParameters.instant("to", to));
        LOG.log(Level.INFO, "Backfill of tenant {0}: {1} of {2} days complete, data complete through {3}",
                new Object[] {tenantId, r.complete(), r.days(), r.dataCompleteThrough()});
        return "RECONCILED days=" + r.days() + " complete=" + r.complete();
    }
}
