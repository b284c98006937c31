package com.dxp.collector.backfill;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Records every progress report, for tests; one job instance at a time is enough for them. */
@ApplicationScoped
public class RecordingBackfillProgress implements BackfillProgress {

    private final List<List<BackfillWindow>> plans = new CopyOnWriteArrayList<>();
    private final AtomicLong apiCalls = new AtomicLong();
    private final AtomicLong inserted = new AtomicLong();
    private final List<BackfillWindow> completed = new CopyOnWriteArrayList<>();
    private final List<String> skipped = new CopyOnWriteArrayList<>();
    private final Map<Long, Instant> availability = new ConcurrentHashMap<>();
    private final AtomicLong journeySessionsFetched = new AtomicLong();
    private final AtomicLong journeySessionsMissing = new AtomicLong();

    public void reset() {
        plans.clear();
        apiCalls.set(0);
        inserted.set(0);
        completed.clear();
        skipped.clear();
        availability.clear();
        journeySessionsFetched.set(0);
        journeySessionsMissing.set(0);
    }

    @Override
    public void journeySessions(long jobInstanceId, int fetched, int missing) {
        journeySessionsFetched.addAndGet(fetched);
        journeySessionsMissing.addAndGet(missing);
    }

    /** Journey sessions reported stored and missing: {fetched, missing}. */
    public long[] journeySessions() {
        return new long[] {journeySessionsFetched.get(), journeySessionsMissing.get()};
    }

    @Override
    public void availabilityPlanned(long jobInstanceId, Instant date) {
        availability.put(jobInstanceId, date);
    }

    @Override
    public Optional<Instant> plannedAvailability(long jobInstanceId) {
        return Optional.ofNullable(availability.get(jobInstanceId));
    }

    @Override
    public void windowsPlanned(long jobInstanceId, List<BackfillWindow> windows) {
        plans.add(List.copyOf(windows));
    }

    @Override
    public void apiCalls(long jobInstanceId, int calls) {
        apiCalls.addAndGet(calls);
    }

    @Override
    public void stored(long jobInstanceId, StoredConversations outcome) {
        inserted.addAndGet(outcome.inserted());
    }

    @Override
    public void windowCompleted(long jobInstanceId, BackfillWindow window) {
        completed.add(window);
    }

    @Override
    public void skipped(long jobInstanceId, String detail) {
        skipped.add(detail);
    }

    public List<List<BackfillWindow>> plans() {
        return List.copyOf(plans);
    }

    public long apiCalls() {
        return apiCalls.get();
    }

    public long inserted() {
        return inserted.get();
    }

    public List<BackfillWindow> completed() {
        return List.copyOf(completed);
    }

    public List<String> skipped() {
        return List.copyOf(skipped);
    }
}
