package com.dxp.collector.directory;

import com.dxp.collector.platform.batch.RunFigureStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Keeps a directory sync's figures (API calls, users, groups, memberships, removals) in its run record. */
@ApplicationScoped
public class DirectoryProgressRecorder implements DirectoryProgress {

    static final String API_CALLS = "apiCalls";

    @Inject
    RunFigureStore runs;

    @Override
    public void apiCalls(long jobInstanceId, int calls) {
        if (calls > 0) {
            runs.add(jobInstanceId, API_CALLS, calls);
        }
    }

    @Override
    public void synced(long jobInstanceId, String kind, int count) {
        if (count > 0) {
            runs.add(jobInstanceId, kind, count);
        }
    }
}
