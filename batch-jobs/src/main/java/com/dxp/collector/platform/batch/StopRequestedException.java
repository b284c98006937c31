package com.dxp.collector.platform.batch;

/**
 * Thrown by {@link PortCaller} when the job was asked to stop while it waited. A reader catches it and returns
 * {@code null} so the chunk commits what it has and the runtime ends the step STOPPED (not FAILED), with a
 * checkpoint that still points at the unfinished position.
 */
public final class StopRequestedException extends RuntimeException {

    public StopRequestedException() {
        super("the job is stopping", null, false, false);
    }
}
