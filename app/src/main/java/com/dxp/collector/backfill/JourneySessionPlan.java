package com.dxp.collector.backfill;

/**
 * Whether a backfill run fetches the journey sessions its conversations name, decided when it starts.
 *
 * @param fetch  true to fetch them
 * @param reason why not, when not; null when it does
 */
public record JourneySessionPlan(boolean fetch, String reason) {

    /** The run fetches them. */
    static final JourneySessionPlan ON = new JourneySessionPlan(true, null);

    static JourneySessionPlan off(String reason) {
        return new JourneySessionPlan(false, reason);
    }
}
