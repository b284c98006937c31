package com.dxp.collector.genesys;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantBudgetTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldRefuseAPermitBeyondTheLimitWithinTheWindow() {
        TenantBudget budget = new TenantBudget(3, Duration.ofSeconds(30), 10);
        for (int i = 0; i < 3; i++) {
            budget.acquire(Lane.BACKFILL, Duration.ofSeconds(1));
        }

        assertThrows(GenesysBudgetTimeoutException.class, () -> budget.acquire(Lane.LIVE, Duration.ofMillis(50)));
    }

    @Test
    void shouldGrantAgainOnceTheWindowHasPassed() {
        TenantBudget budget = new TenantBudget(1, Duration.ofMillis(200), 10);
        budget.acquire(Lane.LIVE, Duration.ofSeconds(1));

        Duration waited = budget.acquire(Lane.LIVE, Duration.ofSeconds(2));

        assertTrue(waited.toMillis() >= 150, "waited " + waited);
    }

    @Test
    void shouldServeAWaitingLiveCallerBeforeABackfillCallerThatCameFirst() {
        TenantBudget budget = new TenantBudget(1, Duration.ofMillis(400), 10);
        budget.acquire(Lane.BACKFILL, Duration.ofSeconds(1));
        List<Lane> served = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> backfill = CompletableFuture.runAsync(() -> {
            budget.acquire(Lane.BACKFILL, Duration.ofSeconds(5));
            served.add(Lane.BACKFILL);
        }, threads);
        await("backfill caller waiting").atMost(Duration.ofSeconds(2)).until(() -> budget.waiting(Lane.BACKFILL) == 1);
        CompletableFuture<Void> live = CompletableFuture.runAsync(() -> {
            budget.acquire(Lane.LIVE, Duration.ofSeconds(5));
            served.add(Lane.LIVE);
        }, threads);
        await("both callers served").atMost(Duration.ofSeconds(5)).until(() -> served.size() == 2);

        assertEquals(List.of(Lane.LIVE, Lane.BACKFILL), served);
        live.join();
        backfill.join();
    }

    @Test
    void shouldPostponeACallerWhenGenesysAskedToPauseBeyondItsTimeout() {
        TenantBudget budget = new TenantBudget(300, Duration.ofMinutes(1), 10);
        budget.pauseFor(Duration.ofMinutes(10));

        Instant before = Instant.now();
        GenesysPostponedException postponed = assertThrows(GenesysPostponedException.class,
                () -> budget.acquire(Lane.LIVE, Duration.ofSeconds(5)));

        assertTrue(postponed.retryAt().isAfter(before.plus(Duration.ofMinutes(9))), postponed::getMessage);
    }

    @Test
    void shouldHoldCallersDuringAShortPause() {
        TenantBudget budget = new TenantBudget(300, Duration.ofMinutes(1), 10);
        budget.pauseFor(Duration.ofMillis(300));

        Duration waited = budget.acquire(Lane.LIVE, Duration.ofSeconds(5));

        assertTrue(waited.toMillis() >= 250, "waited " + waited);
    }

    @Test
    void shouldRefuseCallersBeyondTheWaitingBound() {
        TenantBudget budget = new TenantBudget(1, Duration.ofMinutes(1), 1);
        budget.acquire(Lane.LIVE, Duration.ofSeconds(1));
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(
                () -> assertThrows(GenesysBudgetTimeoutException.class,
                        () -> budget.acquire(Lane.LIVE, Duration.ofSeconds(2))), threads);
        await("one caller waiting").atMost(Duration.ofSeconds(2)).until(() -> budget.waiting(Lane.LIVE) == 1);

        GenesysBudgetTimeoutException refused = assertThrows(GenesysBudgetTimeoutException.class,
                () -> budget.acquire(Lane.LIVE, Duration.ofSeconds(2)));

        assertTrue(refused.getMessage().contains("already wait"), refused::getMessage);
        waiting.join();
    }
}
