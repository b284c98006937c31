package com.dxp.collector.backfill;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The history API in memory, with the API's interval semantics: the query answers whole UTC days by conversation
 * start, jobs answer every conversation whose lifetime overlaps. Counts every call and every page served, and lets
 * a test inject faults before any call.
 */
@ApplicationScoped
public class FakeConversationHistory implements ConversationHistory {

    /** One call as the fake saw it; fields that do not apply are null or 0. */
    public record Call(String kind, Instant start, Instant end, int pageNumber, String jobId, String cursor) {
    }

    /** Runs before each call; may throw to inject a fault. */
    public interface Fault {
        void before(Call call);
    }

    /** A conversation and the end of its lifetime (for an unreadable record: the day it is listed on). */
    private record Conversation(HistoricalConversation record, Instant end) {
        Instant sortKey() {
            return record.readable() ? record.conversationStart() : end;
        }
    }

    private record Job(String id, List<HistoricalConversation> results, AtomicInteger pollsLeft) {
    }

    private final List<Conversation> conversations = new CopyOnWriteArrayList<>();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> pagesServed = new ConcurrentHashMap<>();
    private final AtomicInteger jobNumbers = new AtomicInteger();
    private volatile Instant availability = Instant.parse("2100-01-01T00:00:00Z");
    private volatile int pendingPolls;
    private volatile int pageOverlap;
    private volatile Fault fault = call -> { };
    private volatile JobStatus outcome = JobStatus.of(JobStatus.State.FULFILLED);

    public void reset() {
        conversations.clear();
        jobs.clear();
        calls.clear();
        pagesServed.clear();
        availability = Instant.parse("2100-01-01T00:00:00Z");
        pendingPolls = 0;
        pageOverlap = 0;
        fault = call -> { };
        outcome = JobStatus.of(JobStatus.State.FULFILLED);
    }

    /** Adds a conversation that started at {@code start} and lasted {@code length}. */
    public HistoricalConversation add(String id, Instant start, Duration length) {
        HistoricalConversation record = new HistoricalConversation(id, start,
                "{\"conversationId\":\"" + id + "\",\"conversationStart\":\"" + start + "\"}");
        conversations.add(new Conversation(record, start.plus(length)));
        return record;
    }

    /** Adds a record the app could not read (no id, no start) on the UTC day of {@code day}. */
    public void addUnreadable(Instant day, String rawJson) {
        conversations.add(new Conversation(new HistoricalConversation(null, null, rawJson), day));
    }

    public void availability(Instant instant) {
        availability = instant;
    }

    /** How many QUEUED/PENDING answers a job gives before FULFILLED. */
    public void pendingPolls(int polls) {
        pendingPolls = polls;
    }

    /** Makes every query page after the first repeat the last {@code overlap} records of the page before. */
    public void pageOverlap(int overlap) {
        pageOverlap = overlap;
    }

    /** What a job's status says once it is no longer pending (FULFILLED unless set). */
    public void jobOutcome(JobStatus status) {
        outcome = status;
    }

    public void fault(Fault fault) {
        this.fault = fault;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public long calls(String kind) {
        return calls.stream().filter(c -> c.kind().equals(kind)).count();
    }

    /** Pages served successfully per page key (query window and number, or job and cursor). */
    public Map<String, Integer> pagesServed() {
        Map<String, Integer> served = new ConcurrentHashMap<>();
        pagesServed.forEach((key, count) -> served.put(key, count.get()));
        return served;
    }

    @Override
    public Instant dataAvailabilityDate(UUID tenantId) {
        call(new Call("availability", null, null, 0, null, null));
        return availability;
    }

    @Override
    public QueryPage queryPage(UUID tenantId, Instant start, Instant end, int pageNumber, int pageSize) {
        call(new Call("query", start, end, pageNumber, null, null));
        Instant firstDay = start.truncatedTo(ChronoUnit.DAYS);
        Instant afterLastDay = end.minusNanos(1).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        List<HistoricalConversation> matching = sorted(c -> !c.record().readable()
                ? !c.end().isBefore(firstDay) && c.end().isBefore(afterLastDay)
                : !c.record().conversationStart().isBefore(firstDay)
                        && c.record().conversationStart().isBefore(afterLastDay));
        int overlap = pageOverlap;
        int step = pageSize - overlap;
        int from = (pageNumber - 1) * step;
        List<HistoricalConversation> page = from >= matching.size() ? List.of()
                : matching.subList(from, Math.min(from + pageSize, matching.size()));
        long totalHits = overlap == 0 ? matching.size() : matching.size() + (long) overlap * (matching.size() / step + 1);
        pagesServed.computeIfAbsent("query " + start + "/" + end + " #" + pageNumber, k -> new AtomicInteger())
                .incrementAndGet();
        return new QueryPage(page, totalHits);
    }

    @Override
    public String submitJob(UUID tenantId, Instant start, Instant end) {
        call(new Call("submit", start, end, 0, null, null));
        List<HistoricalConversation> matching = sorted(c -> c.record().readable()
                && c.record().conversationStart().isBefore(end) && c.end().isAfter(start));
        String id = "job-" + jobNumbers.incrementAndGet();
        jobs.put(id, new Job(id, matching, new AtomicInteger(pendingPolls)));
        return id;
    }

    @Override
    public JobStatus jobStatus(UUID tenantId, String jobId) {
        call(new Call("status", null, null, 0, jobId, null));
        Job job = jobs.get(jobId);
        return job.pollsLeft().getAndDecrement() > 0 ? JobStatus.of(JobStatus.State.PENDING) : outcome;
    }

    @Override
    public JobPage jobResults(UUID tenantId, String jobId, String cursor, int pageSize) {
        call(new Call("results", null, null, 0, jobId, cursor));
        List<HistoricalConversation> results = jobs.get(jobId).results();
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(from + pageSize, results.size());
        pagesServed.computeIfAbsent("results " + jobId + " @" + cursor, k -> new AtomicInteger()).incrementAndGet();
        return new JobPage(results.subList(from, to), to < results.size() ? Integer.toString(to) : null);
    }

    private void call(Call call) {
        calls.add(call);
        fault.before(call);
    }

    private List<HistoricalConversation> sorted(Predicate<Conversation> filter) {
        return conversations.stream().filter(filter)
                .sorted(Comparator.comparing(Conversation::sortKey)
                        .thenComparing(c -> String.valueOf(c.record().conversationId())))
                .map(Conversation::record).toList();
    }
}
