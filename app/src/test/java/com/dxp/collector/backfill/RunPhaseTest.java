package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.batch.RunExecution;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunPhaseTest {

    private static final Instant STARTED = Instant.parse("2026-11-01T09:00:00Z");

    /** An ended run's phase must not read the job repository for a step. */
    private static final Supplier<Optional<String>> NOT_ASKED = () -> {
        throw new AssertionError("the running step was asked of a run that is not active");
    };

    @ParameterizedTest
    @ValueSource(strings = {"STARTING", "STARTED", "STOPPING"})
    void shouldBePlanningWhileActiveWithoutPlannedWindows(String status) {
        assertEquals(RunPhase.PLANNING, RunPhase.of(execution(status), step("backfillWindows"), null));
        assertEquals(RunPhase.PLANNING, RunPhase.of(execution(status), Optional::empty, null),
                "no step started yet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTING", "STARTED", "STOPPING"})
    void shouldBeWindowsWhileActiveWithPlannedWindowsOutsideTheReconcileStep(String status) {
        assertEquals(RunPhase.WINDOWS, RunPhase.of(execution(status), step("backfillWindows"), 12L));
        assertEquals(RunPhase.WINDOWS, RunPhase.of(execution(status), Optional::empty, 12L),
                "between steps, once planned");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTING", "STARTED", "STOPPING"})
    void shouldBeJourneySessionsWhileActiveInTheirStep(String status) {
        assertEquals(RunPhase.JOURNEY_SESSIONS, RunPhase.of(execution(status), step("journeySessions"), 12L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTING", "STARTED", "STOPPING"})
    void shouldBeReconciliationWhileActiveInTheReconcileStep(String status) {
        assertEquals(RunPhase.RECONCILIATION, RunPhase.of(execution(status), step("reconcile"), 12L));
        assertEquals(RunPhase.RECONCILIATION, RunPhase.of(execution(status), step("reconcile"), null),
                "whatever the windows figure says");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STOPPED", "FAILED", "COMPLETED", "ABANDONED"})
    void shouldBeEndedOnceItsExecutionIsNotActive(String status) {
        assertEquals(RunPhase.ENDED, RunPhase.of(execution(status), NOT_ASKED, 12L));
        assertEquals(RunPhase.ENDED, RunPhase.of(execution(status), NOT_ASKED, null));
    }

    @Test
    void shouldBeEndedWhenTheJobRepositoryHasNoExecution() {
        assertEquals(RunPhase.ENDED, RunPhase.of(null, NOT_ASKED, 12L));
    }

    private static Supplier<Optional<String>> step(String name) {
        return () -> Optional.of(name);
    }

    private static RunExecution execution(String status) {
        boolean ended = !status.startsWith("START") && !status.equals("STOPPING");
        return new RunExecution(7, 1, status, null, STARTED, ended ? STARTED.plusSeconds(60) : null, STARTED);
    }
}
