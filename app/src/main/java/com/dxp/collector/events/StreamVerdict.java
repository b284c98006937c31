package com.dxp.collector.events;

/** What an event-stream check found for its window. */
public enum StreamVerdict {
    /** Every conversation that ended (or all but a few, which the check fetched) had its event. */
    FLOWING,
    /** No conversation ended in the window: nothing to judge by (a silence found earlier still stands). */
    QUIET,
    /** Events came, but a share of the ended conversations had none: a topic or a rule may be lost. */
    MISSED,
    /** Conversations ended and no customer.end event came at all: the integration is deleted, off or lost. */
    SILENT,
    /** Genesys could not be asked; the window is checked again next time. */
    FAILED
}
