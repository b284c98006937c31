package com.dxp.collector.backfill;

import java.util.Objects;

/**
 * The state of an asynchronous analytics job.
 *
 * @param state where the job is
 * @param errorMessage the API's explanation of a FAILED job; {@code null} when it gave none
 */
public record JobStatus(State state, String errorMessage) {

    /** The API's job states. */
    public enum State {
        QUEUED, PENDING, FULFILLED, FAILED, CANCELLED, EXPIRED
    }

    public JobStatus {
        Objects.requireNonNull(state, "state");
    }

    /** A status without an error message. */
    public static JobStatus of(State state) {
        return new JobStatus(state, null);
    }
}
