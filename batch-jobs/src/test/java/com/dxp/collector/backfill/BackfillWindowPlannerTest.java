package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.backfill.BackfillWindow.Method;
import com.dxp.collector.platform.batch.BatchParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackfillWindowPlannerTest {

    private static final Instant MAY_1 = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void shouldAlignWindowsToUtcMultiplesOfTheSizeAndClipTheFirstAndLast() {
        List<BackfillWindow> windows = BackfillWindowPlanner.plan(at("03:00"), at("21:00"), BackfillStrategy.QUERY,
                Duration.ofHours(6), () -> MAY_1);

        assertEquals(List.of(query("03:00", "06:00"), query("06:00", "12:00"), query("12:00", "18:00"),
                query("18:00", "21:00")), windows);
    }

    @Test
    void shouldRunWindowsConsecutivelyFromTheStartWhenTheSizeDoesNotDivideADay() {
        List<BackfillWindow> windows = BackfillWindowPlanner.plan(at("01:00"), at("16:00"), BackfillStrategy.JOBS,
                Duration.ofHours(7), () -> MAY_1);

        assertEquals(List.of(jobs("01:00", "08:00"), jobs("08:00", "15:00"), jobs("15:00", "16:00")), windows);
    }

    @Test
    void shouldUseOneDayWindowsWhenNoSizeIsGiven() {
        List<BackfillWindow> windows = BackfillWindowPlanner.plan(MAY_1.plus(Duration.ofHours(12)),
                MAY_1.plus(Duration.ofDays(2)), BackfillStrategy.JOBS, null, () -> MAY_1);

        assertEquals(List.of(new BackfillWindow(MAY_1.plus(Duration.ofHours(12)), MAY_1.plus(Duration.ofDays(1)), Method.JOBS),
                new BackfillWindow(MAY_1.plus(Duration.ofDays(1)), MAY_1.plus(Duration.ofDays(2)), Method.JOBS)), windows);
    }

    @Test
    void shouldReadWithJobsBeforeTheDataAvailabilityDateAndQueryAfterItWithoutStraddlingIt() {
        AtomicInteger asked = new AtomicInteger();
        List<BackfillWindow> windows = BackfillWindowPlanner.plan(at("00:00"), at("18:00"), BackfillStrategy.AUTO,
                Duration.ofHours(6), () -> {
                    asked.incrementAndGet();
                    return at("08:30");
                });

        assertEquals(List.of(jobs("00:00", "06:00"), jobs("06:00", "08:30"), query("08:30", "12:00"),
                query("12:00", "18:00")), windows);
        assertEquals(1, asked.get());
    }

    @Test
    void shouldUseOnlyOneMethodInAutoWhenTheAvailabilityDateLiesOutsideThePeriod() {
        assertTrue(BackfillWindowPlanner.plan(at("00:00"), at("12:00"), BackfillStrategy.AUTO, Duration.ofHours(6),
                () -> at("23:00")).stream().allMatch(w -> w.method() == Method.JOBS));
        assertTrue(BackfillWindowPlanner.plan(at("00:00"), at("12:00"), BackfillStrategy.AUTO, Duration.ofHours(6),
                () -> MAY_1.minus(Duration.ofDays(3))).stream().allMatch(w -> w.method() == Method.QUERY));
    }

    @Test
    void shouldReadHistoryWithJobsInLargerWindowsThanTheRecentQueryWindowsInAuto() {
        List<BackfillWindow> windows = BackfillWindowPlanner.plan(MAY_1, MAY_1.plus(Duration.ofDays(10)),
                BackfillStrategy.AUTO, Duration.ofDays(1), Duration.ofDays(7), () -> MAY_1.plus(Duration.ofDays(8)));

        assertEquals(List.of(new BackfillWindow(MAY_1, MAY_1.plus(Duration.ofDays(7)), BackfillWindow.Method.JOBS),
                new BackfillWindow(MAY_1.plus(Duration.ofDays(7)), MAY_1.plus(Duration.ofDays(8)),
                        BackfillWindow.Method.JOBS),
                new BackfillWindow(MAY_1.plus(Duration.ofDays(8)), MAY_1.plus(Duration.ofDays(9)),
                        BackfillWindow.Method.QUERY),
                new BackfillWindow(MAY_1.plus(Duration.ofDays(9)), MAY_1.plus(Duration.ofDays(10)),
                        BackfillWindow.Method.QUERY)), windows);
    }

    @Test
    void shouldAllowLongWindowsForJobsOnly() {
        assertEquals(2, BackfillWindowPlanner.plan(MAY_1, MAY_1.plus(Duration.ofDays(20)), BackfillStrategy.JOBS,
                Duration.ofDays(10), () -> MAY_1).size());
    }

    @Test
    void shouldAcceptExactlyTheBoundOfWindows() {
        assertEquals(BackfillWindowPlanner.MAX_WINDOWS, BackfillWindowPlanner.plan(MAY_1,
                MAY_1.plus(Duration.ofHours(BackfillWindowPlanner.MAX_WINDOWS)), BackfillStrategy.JOBS,
                Duration.ofHours(1), () -> MAY_1).size());
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                bad("from after to", "from must be before to",
                        () -> BackfillWindowPlanner.plan(at("12:00"), at("06:00"), BackfillStrategy.QUERY, null, () -> MAY_1)),
                bad("from equal to", "from must be before to",
                        () -> BackfillWindowPlanner.plan(at("12:00"), at("12:00"), BackfillStrategy.QUERY, null, () -> MAY_1)),
                bad("query window over 7 days", "longer than the 7 days",
                        () -> BackfillWindowPlanner.plan(MAY_1, MAY_1.plus(Duration.ofDays(30)), BackfillStrategy.QUERY,
                                Duration.ofDays(8), () -> MAY_1)),
                bad("auto with query windows over 7 days", "longer than the 7 days",
                        () -> BackfillWindowPlanner.plan(MAY_1, MAY_1.plus(Duration.ofDays(30)), BackfillStrategy.AUTO,
                                Duration.ofDays(8), () -> MAY_1.plus(Duration.ofDays(10)))),
                bad("too many windows", "more than 5000 windows",
                        () -> BackfillWindowPlanner.plan(MAY_1, MAY_1.plus(Duration.ofDays(365)), BackfillStrategy.JOBS,
                                Duration.ofMinutes(30), () -> MAY_1)),
                bad("unknown strategy", "strategy must be auto, query or jobs, was 'fast'",
                        () -> BackfillStrategy.parse("fast")),
                bad("instant without zone", "from must be an ISO-8601 instant",
                        () -> BatchParameters.instant("from", "2026-05-01T00:00")),
                bad("missing instant", "to is required", () -> BatchParameters.instant("to", " ")),
                bad("duration in words", "windowSize must be an ISO-8601 duration",
                        () -> BatchParameters.duration("windowSize", "1 day", null)),
                bad("negative duration", "windowSize must be positive",
                        () -> BatchParameters.duration("windowSize", "-PT1H", null)),
                bad("tenant not a UUID", "tenantId must be a UUID, was 'acme'", () -> BatchParameters.uuid("tenantId", "acme")),
                bad("missing tenant", "tenantId is required", () -> BatchParameters.uuid("tenantId", null)),
                bad("zero concurrency", "concurrency must be positive, was 0",
                        () -> BatchParameters.positiveInt("concurrency", "0", 2)),
                bad("page size not a number", "queryPageSize must be a whole number, was 'many'",
                        () -> BatchParameters.positiveInt("queryPageSize", "many", 100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void shouldRefuseABadParameterWithAMessageThatNamesIt(String name, String message, Executable planning) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, planning);
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    private static Arguments bad(String name, String message, Executable planning) {
        return Arguments.of(name, message, planning);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-05-01T" + time + ":00Z");
    }

    private static BackfillWindow query(String start, String end) {
        return new BackfillWindow(at(start), at(end), Method.QUERY);
    }

    private static BackfillWindow jobs(String start, String end) {
        return new BackfillWindow(at(start), at(end), Method.JOBS);
    }
}
