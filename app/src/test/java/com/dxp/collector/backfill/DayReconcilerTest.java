package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dxp.collector.conversation.CompletenessStore;
import com.dxp.collector.conversation.ConversationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DayReconcilerTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Instant DAY1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant DAY3 = Instant.parse("2026-11-03T00:00:00Z");

    private final Map<Instant, Integer> countCalls = new HashMap<>();
    private final List<CompletenessStore.Day> saved = new ArrayList<>();

    @Test
    void shouldTryADayAgainWhenTheApiFailsOnceAndProveItComplete() {
        DayReconciler reconciler = reconciler(day -> day.equals(DAY1) && countCalls.get(day) == 1
                ? new HistoryUnavailableException("503") : null);

        ReconciledDays r = reconciler.reconcile(0, TENANT, DAY1, DAY2);

        assertEquals(new ReconciledDays(1, 1, 0, null), r);
        assertEquals(2, countCalls.get(DAY1), "the day was asked again after the failure");
        assertEquals(1, saved.size());
    }

    @Test
    void shouldLeaveADayUncheckedWhenTheApiStaysUnavailableAndGoOnWithTheNextDays() {
        DayReconciler reconciler = reconciler(day -> day.equals(DAY1)
                ? new HistoryUnavailableException("analytics.details.query still rate limited after 4 attempts")
                : null);

        ReconciledDays r = reconciler.reconcile(0, TENANT, DAY1, DAY3);

        assertEquals(new ReconciledDays(2, 1, 1, null), r);
        assertEquals(DayReconciler.DAY_ATTEMPTS, countCalls.get(DAY1), "tries of the unavailable day");
        assertEquals(List.of(DAY2.atZone(ZoneOffset.UTC).toLocalDate()),
                saved.stream().map(CompletenessStore.Day::day).toList(), "only the checked day is recorded");
    }

    @Test
    void shouldLeaveThisAndLaterDaysUncheckedWhenTheApiPostponesCalls() {
        DayReconciler reconciler = reconciler(day -> day.equals(DAY1)
                ? new HistoryPostponedException(Duration.ofHours(3)) : null);

        ReconciledDays r = reconciler.reconcile(0, TENANT, DAY1, DAY3);

        assertEquals(new ReconciledDays(2, 0, 2, null), r);
        assertEquals(1, countCalls.get(DAY1), "a postponement is not tried again at once");
        assertEquals(null, countCalls.get(DAY2), "later days are not asked");
    }

    @Test
    void shouldFailOnARefusalSinceTryingAgainCannotHelp() {
        DayReconciler reconciler = reconciler(day -> new HistoryRefusedException("403 missing.permissions"));

        assertThrows(HistoryRefusedException.class, () -> reconciler.reconcile(0, TENANT, DAY1, DAY2));
        assertEquals(1, countCalls.get(DAY1));
    }

    /** A reconciler whose API holds 5 conversations a day, all stored; {@code failure} decides each count call. */
    private DayReconciler reconciler(Function<Instant, RuntimeException> failure) {
        DayReconciler reconciler = new DayReconciler();
        reconciler.clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        reconciler.history = new GenesysConversationHistory() {
            @Override
            public QueryPage queryPage(UUID tenantId, Instant start, Instant end, int pageNumber, int pageSize) {
                countCalls.merge(start, 1, Integer::sum);
                RuntimeException e = failure.apply(start);
                if (e != null) {
                    throw e;
                }
                return new QueryPage(List.of(), 5);
            }
        };
        reconciler.conversations = new ConversationRepository() {
            @Override
            public long countStarting(UUID tenantId, Instant from, Instant to) {
                return 5;
            }

            @Override
            public List<UUID> incompleteStarting(UUID tenantId, Instant from, Instant to, int limit) {
                return List.of();
            }
        };
        reconciler.completeness = new CompletenessStore() {
            @Override
            public void save(UUID tenantId, Day d, Instant now) {
                saved.add(d);
            }

            @Override
            public synchronized Optional<Instant> refresh(UUID tenantId, Instant now) {
                return Optional.empty();
            }
        };
        return reconciler;
    }
}
