package com.dxp.collector.backfill;

import com.dxp.collector.platform.batch.RunFigureStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a backfill run's figures in its run record: windows planned and completed, API calls, what the store did
 * and what was skipped. Partitions report inside their chunk transactions, so the figures match what is stored.
 */
@ApplicationScoped
public class BackfillProgressRecorder implements BackfillProgress {

    @Inject
    RunFigureStore runs;

    @Override
    public void windowsPlanned(long jobInstanceId, List<BackfillWindow> windows) {
        runs.set(jobInstanceId, BackfillFigures.WINDOWS_TOTAL, windows.size());
    }

    @Override
    public void availabilityPlanned(long jobInstanceId, Instant availability) {
        runs.set(jobInstanceId, BackfillFigures.AVAILABILITY_MILLIS, availability.toEpochMilli());
    }

    @Override
    public Optional<Instant> plannedAvailability(long jobInstanceId) {
        return runs.figure(jobInstanceId, BackfillFigures.AVAILABILITY_MILLIS).map(Instant::ofEpochMilli);
    }

    @Override
    public void apiCalls(long jobInstanceId, int calls) {
        if (calls > 0) {
            runs.add(jobInstanceId, BackfillFigures.API_CALLS, calls);
        }
    }

    @Override
    public void stored(long jobInstanceId, StoredConversations outcome) {
        if (outcome.inserted() > 0) {
            runs.add(jobInstanceId, BackfillFigures.INSERTED, outcome.inserted());
        }
        if (outcome.replaced() > 0) {
            runs.add(jobInstanceId, BackfillFigures.REPLACED, outcome.replaced());
        }
        if (outcome.unchanged() > 0) {
            runs.add(jobInstanceId, BackfillFigures.UNCHANGED, outcome.unchanged());
        }
    }

    @Override
    public void windowCompleted(long jobInstanceId, BackfillWindow window) {
        runs.windowCompleted(jobInstanceId, window.key());
    }

    @Override
    public void skipped(long jobInstanceId, String detail) {
        runs.skipped(jobInstanceId, detail);
    }

    @Override
    public void journeySessions(long jobInstanceId, int fetched, int missing) {
        if (fetched > 0) {
            runs.add(jobInstanceId, BackfillFigures.JOURNEY_SESSIONS, fetched);
        }
        if (missing > 0) {
            runs.add(jobInstanceId, BackfillFigures.JOURNEY_SESSIONS_MISSING, missing);
        }
    }
}
