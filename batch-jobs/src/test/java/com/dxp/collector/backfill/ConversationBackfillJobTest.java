package com.dxp.collector.backfill;

import static com.dxp.collector.platform.batch.BatchTestSupport.awaitEnd;
import static com.dxp.collector.platform.batch.BatchTestSupport.bean;
import static com.dxp.collector.platform.batch.BatchTestSupport.operator;
import static com.dxp.collector.platform.batch.BatchTestSupport.parameters;
import static com.dxp.collector.platform.batch.BatchTestSupport.restart;
import static com.dxp.collector.platform.batch.BatchTestSupport.start;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conversationBackfill job run by JBeret against in-memory fakes of its ports. */
class ConversationBackfillJobTest {

    private static final String JOB = "conversationBackfill";
    private static final UUID TENANT = UUID.fromString("7d3f2c1e-5b7a-4e0f-9a61-2f8c4d9e0b11");
    private static final Instant MAY_1 = Instant.parse("2026-05-01T00:00:00Z");

    private FakeConversationHistory history;
    private InMemoryConversationSink sink;
    private RecordingBackfillProgress progress;
    private RecordingReconciliation reconciliation;
    private FakeJourneySessions journeySessions;

    @BeforeEach
    void freshPorts() {
        journeySessions = bean(FakeJourneySessions.class);
        journeySessions.reset();
        history = bean(FakeConversationHistory.class);
        sink = bean(InMemoryConversationSink.class);
        progress = bean(RecordingBackfillProgress.class);
        reconciliation = bean(RecordingReconciliation.class);
        reconciliation.reset();
        history.reset();
        sink.reset();
        progress.reset();
    }

    @Test
    void shouldStoreExactlyTheConversationsThatStartedInThePeriodWhenQueryPagesRepeatRecords() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1.minus(Duration.ofHours(2)), 84, "03:00", "21:00");
        history.add("long-before", at("02:00"), Duration.ofHours(5));
        history.pageOverlap(2);

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H", "queryPageSize", "5"),
                "03:00", "21:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(List.of(), sink.writtenTwice());
        assertEquals(List.of(new RecordingReconciliation.Call(TENANT, at("03:00"), at("21:00"))),
                reconciliation.calls(), "the period is reconciled once every window is stored");
    }

    @Test
    void shouldFetchEachJourneySessionTheConversationsNameOnceWhenTheRunAsksForThem() {
        conversationsEveryTwentyMinutes(MAY_1, 6, "00:00", "02:00");
        journeySessions.named(Set.of("js-1", "js-2", "js-gone"), Set.of("js-1", "js-2"));
        long callsBefore = progress.apiCalls();

        JobExecution execution = run(parameters("strategy", "query", "journeySessions", "true"), "00:00", "02:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(Set.of("js-1", "js-2", "js-gone"), journeySessions.stored().keySet());
        assertTrue(journeySessions.stored().get("js-gone").isEmpty(), "kept as unknown to Genesys");
        assertEquals(List.of("js-1", "js-2", "js-gone"), journeySessions.fetched(), "each asked for once");
        assertEquals(2, progress.journeySessions()[0]);
        assertEquals(1, progress.journeySessions()[1]);
        assertEquals(history.calls().size() + 3, progress.apiCalls() - callsBefore, "the session calls are counted");
    }

    @Test
    void shouldFetchNoJourneySessionWhenTheRunDoesNotAskForThem() {
        conversationsEveryTwentyMinutes(MAY_1, 6, "00:00", "02:00");
        journeySessions.named(Set.of("js-1"), Set.of("js-1"));

        JobExecution execution = run(parameters("strategy", "query"), "00:00", "02:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(List.of(), journeySessions.fetched());
    }

    @Test
    void shouldAskOnRestartOnlyForTheJourneySessionsNotStoredBeforeTheFailure() {
        conversationsEveryTwentyMinutes(MAY_1, 6, "00:00", "02:00");
        journeySessions.named(Set.of("js-1", "js-2", "js-3"), Set.of("js-1", "js-2", "js-3"));
        AtomicBoolean failed = new AtomicBoolean();
        journeySessions.fault(id -> {
            if (id.equals("js-2") && failed.compareAndSet(false, true)) {
                throw new HistoryRefusedException("injected refusal of js-2");
            }
        });
        Properties p = withPeriod(parameters("strategy", "query", "journeySessions", "true"), "00:00", "02:00");

        JobExecution first = awaitEnd(start(JOB, p));
        JobExecution second = awaitEnd(restart(first.getExecutionId(), p));

        assertEquals(BatchStatus.FAILED, first.getBatchStatus());
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(List.of("js-1", "js-2", "js-2", "js-3"), journeySessions.fetched());
        assertEquals(Set.of("js-1", "js-2", "js-3"), journeySessions.stored().keySet());
    }

    @Test
    void shouldRefuseAQueryWindowWithMoreResultsThanTheApiCanPage() {
        conversationsEveryTwentyMinutes(MAY_1, 12, "00:00", "06:00");

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H", "queryResultCap", "10"),
                "00:00", "06:00");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertEquals(List.of(), reconciliation.calls(), "no reconciliation after a failed window");
        assertTrue(execution.getExitStatus().contains("QUERY:2026-05-01T00:00:00Z/2026-05-01T06:00:00Z"),
                execution.getExitStatus());
        assertTrue(execution.getExitStatus().contains("use strategy=jobs"), execution.getExitStatus());
    }

    @Test
    void shouldPollAJobUntilFulfilledThenFollowItsCursorAndKeepOnlyConversationsThatStartedInTheWindow() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 36, "00:00", "12:00");
        history.add("started-the-day-before", MAY_1.minus(Duration.ofHours(1)), Duration.ofHours(3));
        history.pendingPolls(2);

        JobExecution execution = run(parameters("strategy", "jobs", "windowSize", "PT12H", "jobPageSize", "7",
                "jobPollInterval", "PT0.01S"), "00:00", "12:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(1, history.calls("submit"));
        assertEquals(3, history.calls("status"));
        assertEquals(6, history.calls("results"));
    }

    @Test
    void shouldFailTheJobWithTheApiMessageWhenAnAnalyticsJobFails() {
        conversationsEveryTwentyMinutes(MAY_1, 6, "00:00", "12:00");
        history.jobOutcome(new JobStatus(JobStatus.State.FAILED, "interval too large for this org"));

        JobExecution execution = run(parameters("strategy", "jobs", "windowSize", "PT12H"), "00:00", "12:00");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
        assertTrue(execution.getExitStatus().contains("ended FAILED: interval too large for this org"),
                execution.getExitStatus());
        assertEquals(Set.of(), sink.stored().keySet());
    }

    @Test
    void shouldResubmitForTheRemainderOfTheWindowWhenJobResultsExpireBetweenPages() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        history.add("same-start-as-c-0005", at("01:40"), Duration.ofMinutes(5));
        expected.add("same-start-as-c-0005");
        AtomicBoolean expired = new AtomicBoolean();
        history.fault(call -> {
            if (call.kind().equals("results") && "8".equals(call.cursor()) && expired.compareAndSet(false, true)) {
                throw new JobResultsExpiredException("results of " + call.jobId() + " are gone");
            }
        });

        JobExecution execution = run(parameters("strategy", "jobs", "windowSize", "PT6H", "jobPageSize", "4",
                "jobPollInterval", "PT0.01S"), "00:00", "06:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(List.of(), sink.writtenTwice());
        List<FakeConversationHistory.Call> submissions = history.calls().stream()
                .filter(c -> c.kind().equals("submit")).toList();
        assertEquals(List.of(at("00:00"), at("02:00")), submissions.stream().map(c -> c.start()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"query", "jobs"})
    void shouldResumeFromCheckpointAfterInjectedFailure(String strategy) {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 72, "00:00", "24:00");
        AtomicInteger pages = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        history.fault(call -> {
            boolean page = call.kind().equals("query") || call.kind().equals("results");
            if (page && pages.incrementAndGet() == 4 && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure on the 4th page");
            }
        });
        Properties parameters = parameters("strategy", strategy, "windowSize", "PT12H", "queryPageSize", "5",
                "jobPageSize", "5", "jobPollInterval", "PT0.01S", "concurrency", "1");

        JobExecution first = run(parameters, "00:00", "24:00");
        assertEquals(BatchStatus.FAILED, first.getBatchStatus());
        JobExecution second = awaitEnd(restart(first.getExecutionId(), withPeriod(parameters, "00:00", "24:00")));

        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        // one window failed, so at most one page is fetched again, and the window that completed is not re-run
        long fetchedTwice = history.pagesServed().values().stream().filter(n -> n > 1).count();
        assertTrue(history.pagesServed().values().stream().allMatch(n -> n <= 2), history.pagesServed().toString());
        assertTrue(fetchedTwice <= 1, "pages fetched twice: " + history.pagesServed());
        assertEquals(List.of(), sink.writtenTwice().stream().filter(id -> id.compareTo("c-0036") >= 0).toList());
        assertEquals(1, progress.plans().size());
        assertEquals(Set.copyOf(progress.plans().get(0)), Set.copyOf(progress.completed()));
    }

    @Test
    void shouldRetryTransientFailuresAndStillStoreExactlyTheWindow() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 72, "00:00", "24:00");
        AtomicInteger calls = new AtomicInteger();
        history.fault(call -> {
            if (calls.incrementAndGet() % 4 == 0) {
                throw new HistoryUnavailableException("503 from the gateway");
            }
        });

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT12H", "queryPageSize", "10"),
                "00:00", "24:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(List.of(), sink.writtenTwice());
    }

    @Test
    void shouldCallTheApiAndWaitOnlyBetweenChunksNeverInsideTheirTransaction() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 36, "00:00", "12:00");
        history.pendingPolls(3);
        AtomicInteger postponements = new AtomicInteger();
        List<String> insideTransaction = new java.util.concurrent.CopyOnWriteArrayList<>();
        history.fault(call -> {
            if (activeTransaction()) {
                insideTransaction.add(call.kind());
            }
            if (call.kind().equals("results") && postponements.incrementAndGet() <= 2) {
                throw new HistoryPostponedException(Duration.ofMillis(5));
            }
        });

        JobExecution execution = run(parameters("strategy", "jobs", "windowSize", "PT6H", "jobPageSize", "5",
                "jobPollInterval", "PT0.01S"), "00:00", "12:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertTrue(history.calls("status") > 2 && history.calls("results") > 4, "polled and paged");
        assertEquals(List.of(), insideTransaction, "no call (nor its wait) inside a chunk's transaction");
    }

    private static boolean activeTransaction() {
        try {
            return org.jberet.tx.LocalTransactionManager.getInstance().getStatus()
                    == jakarta.transaction.Status.STATUS_ACTIVE;
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldWaitOutPostponementsWithoutUsingUpTheRetryLimit() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        AtomicInteger postponements = new AtomicInteger();
        history.fault(call -> {
            if (call.kind().equals("query") && postponements.incrementAndGet() <= 15) {
                throw new HistoryPostponedException(Duration.ofMillis(5));
            }
        });

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H"), "00:00", "06:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertTrue(postponements.get() > 15);
    }

    @Test
    void shouldStopPromptlyWhilePostponedAndResumeOnRestart() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        AtomicBoolean rateLimited = new AtomicBoolean(true);
        history.fault(call -> {
            if (rateLimited.get()) {
                throw new HistoryPostponedException(Duration.ofHours(1));
            }
        });
        Properties parameters = withPeriod(parameters("strategy", "query", "windowSize", "PT6H"), "00:00", "06:00");
        long executionId = start(JOB, parameters);
        await("the reader is postponed").atMost(Duration.ofSeconds(10)).until(() -> history.calls("query") > 0);

        operator().stop(executionId);

        await("stopped while postponed").atMost(Duration.ofSeconds(3))
                .until(() -> operator().getJobExecution(executionId).getBatchStatus() == BatchStatus.STOPPED);
        assertEquals(Set.of(), sink.stored().keySet());
        assertEquals(List.of(), progress.completed());

        rateLimited.set(false);
        JobExecution restarted = awaitEnd(restart(executionId, parameters));
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
    }

    @Test
    void shouldSkipAndReportUnreadableRecordsAndStoreTheRest() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        history.addUnreadable(at("01:00"), "{\"conversationId\":");
        history.addUnreadable(at("02:00"), "{\"broken\":true");

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H", "queryPageSize", "4"),
                "00:00", "06:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(2, progress.skipped().size());
        assertTrue(progress.skipped().stream().anyMatch(s -> s.contains("{\"broken\":true")), progress.skipped().toString());
    }

    @Test
    void shouldFailWhenUnreadableRecordsExceedTheSkipLimit() {
        conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        history.addUnreadable(at("01:00"), "{");
        history.addUnreadable(at("02:00"), "{");

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H", "skipLimit", "1"),
                "00:00", "06:00");

        assertEquals(BatchStatus.FAILED, execution.getBatchStatus());
    }

    @Test
    void shouldReportRecordsTheStoreRefusesAsSkipped() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        sink.refuse(c -> c.conversationId().equals("c-0003") ? "participants missing" : null);
        expected.remove("c-0003");

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H"), "00:00", "06:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(List.of("conversation c-0003 refused by the store: participants missing"), progress.skipped());
    }

    /**
     * A value the database refuses loses the chunk's transaction (on PostgreSQL the whole transaction aborts): the
     * chunk is written again one record at a time, the record refused alone is set aside and listed as skipped, and
     * every other record of its page is stored.
     */
    @Test
    void shouldSetAsideTheRecordTheDatabaseRefusesEvenAloneAndStoreTheRestOfItsPage() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 18, "00:00", "06:00");
        sink.fault(chunk -> {
            if (chunk.stream().anyMatch(c -> c.conversationId().equals("c-0007"))) {
                throw new ConversationRefusedException("the database refused a value (SQL state 22001)", null);
            }
        });
        expected.remove("c-0007");

        JobExecution execution = run(parameters("strategy", "query", "windowSize", "PT6H"), "00:00", "06:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet(), "the rest of the page stored");
        assertEquals(Map.of("c-0007", "the database refused a value (SQL state 22001)"), sink.setAside());
        assertEquals(List.of("conversation c-0007 refused by the store: the database refused a value (SQL state"
                + " 22001)"), progress.skipped());
    }

    @Test
    void shouldReportThePlanOnceEveryCompletedWindowAndEveryApiCall() {
        Set<String> expected = conversationsEveryTwentyMinutes(MAY_1, 72, "00:00", "24:00");
        history.availability(at("10:00"));
        history.pendingPolls(1);

        JobExecution execution = run(parameters("windowSize", "PT6H", "queryPageSize", "5", "jobPageSize", "5",
                "jobPollInterval", "PT0.01S"), "00:00", "24:00");

        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(expected, sink.stored().keySet());
        assertEquals(1, progress.plans().size());
        List<BackfillWindow> plan = progress.plans().get(0);
        assertEquals(List.of("JOBS:2026-05-01T00:00:00Z/2026-05-01T06:00:00Z",
                "JOBS:2026-05-01T06:00:00Z/2026-05-01T10:00:00Z", "QUERY:2026-05-01T10:00:00Z/2026-05-01T12:00:00Z",
                "QUERY:2026-05-01T12:00:00Z/2026-05-01T18:00:00Z", "QUERY:2026-05-01T18:00:00Z/2026-05-02T00:00:00Z"),
                plan.stream().map(BackfillWindow::key).toList());
        assertEquals(new HashSet<>(plan), new HashSet<>(progress.completed()));
        assertEquals(history.calls().size(), progress.apiCalls());
        assertEquals(expected.size(), progress.inserted());
    }

    /** One conversation every 20 minutes from {@code first}; returns the ids that start in [from, to) of May 1. */
    private Set<String> conversationsEveryTwentyMinutes(Instant first, int count, String from, String to) {
        Set<String> inPeriod = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("c-%04d", i);
            Instant start = first.plus(Duration.ofMinutes(20L * i));
            history.add(id, start, Duration.ofMinutes(30));
            if (!start.isBefore(at(from)) && start.isBefore(at(to))) {
                inPeriod.add(id);
            }
        }
        return inPeriod;
    }

    private JobExecution run(Properties parameters, String from, String to) {
        return awaitEnd(start(JOB, withPeriod(parameters, from, to)));
    }

    private static Properties withPeriod(Properties parameters, String from, String to) {
        Properties all = new Properties();
        all.putAll(parameters);
        all.setProperty("tenantId", TENANT.toString());
        all.setProperty("from", at(from).toString());
        all.setProperty("to", at(to).toString());
        return all;
    }

    private static Instant at(String time) {
        return time.equals("24:00") ? MAY_1.plus(Duration.ofDays(1)) : Instant.parse("2026-05-01T" + time + ":00Z");
    }
}
