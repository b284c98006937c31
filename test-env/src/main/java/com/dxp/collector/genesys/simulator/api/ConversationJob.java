package com.dxp.collector.genesys.simulator.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One async details job. Its state is a function of the clock (QUEUED, then PENDING, then FULFILLED, then
 * EXPIRED) unless cancelled; its result set is fixed by its query and its completion instant, so paging through
 * it is stable however long the client takes.
 */
final class ConversationJob {

    /** Async query states as {@code AsyncQueryStatus.state} names them. */
    enum State { QUEUED, PENDING, FULFILLED, CANCELLED, EXPIRED }

    private final String id = UUID.randomUUID().toString();
    private final UUID orgId;
    private final ConversationQuery query;
    private final boolean startOfDayMatching;
    private final Integer limit;
    private final Instant submittedAt;
    private final Instant pendingAt;
    private final Instant completedAt;
    private final Duration expiry;
    private volatile Instant cancelledAt;
    private volatile List<String> resultIds;

    ConversationJob(UUID orgId, ConversationQuery query, boolean startOfDayMatching, Integer limit,
                    Instant submittedAt, Duration queuedFor, Duration pendingFor, Duration expiry) {
        this.orgId = orgId;
        this.query = query;
        this.startOfDayMatching = startOfDayMatching;
        this.limit = limit;
        this.submittedAt = submittedAt;
        this.pendingAt = submittedAt.plus(queuedFor);
        this.completedAt = pendingAt.plus(pendingFor);
        this.expiry = expiry;
    }

    State state(Instant now) {
        if (cancelledAt != null) {
            return now.isBefore(cancelledAt.plus(expiry)) ? State.CANCELLED : State.EXPIRED;
        }
        if (now.isBefore(pendingAt)) {
            return State.QUEUED;
        }
        if (now.isBefore(completedAt)) {
            return State.PENDING;
        }
        return now.isBefore(expirationDate()) ? State.FULFILLED : State.EXPIRED;
    }

    boolean isActive(Instant now) {
        State state = state(now);
        return state == State.QUEUED || state == State.PENDING;
    }

    void cancel(Instant now) {
        if (isActive(now) && cancelledAt == null) {
            cancelledAt = now;
        }
    }

    boolean wasCancelled() {
        return cancelledAt != null;
    }

    Instant expirationDate() {
        return cancelledAt != null ? cancelledAt.plus(expiry) : completedAt.plus(expiry);
    }

    /** When the job table may forget the job: one more expiry period after it expired. */
    boolean isForgettable(Instant now) {
        return !now.isBefore(expirationDate().plus(expiry));
    }

    String id() {
        return id;
    }

    UUID orgId() {
        return orgId;
    }

    ConversationQuery query() {
        return query;
    }

    boolean startOfDayMatching() {
        return startOfDayMatching;
    }

    Integer limit() {
        return limit;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    List<String> resultIds() {
        return resultIds;
    }

    void resultIds(List<String> ids) {
        this.resultIds = List.copyOf(ids);
    }
}
