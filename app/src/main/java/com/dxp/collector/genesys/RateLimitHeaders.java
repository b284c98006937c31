package com.dxp.collector.genesys;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code inin-ratelimit-count}, {@code -allowed} and {@code -reset} headers Genesys puts on API answers:
 * when the count has reached the allowed number, the window is spent and no call may go out until the reset.
 *
 * @param count   requests used in the current window
 * @param allowed requests the window allows
 * @param reset   time until the window resets
 */
public record RateLimitHeaders(int count, int allowed, Duration reset) {

    /** The headers of a response; empty when any is missing or unreadable. */
    public static Optional<RateLimitHeaders> of(GenesysResponse response) {
        try {
            Optional<String> count = response.header("inin-ratelimit-count");
            Optional<String> allowed = response.header("inin-ratelimit-allowed");
            Optional<String> reset = response.header("inin-ratelimit-reset");
            if (count.isEmpty() || allowed.isEmpty() || reset.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RateLimitHeaders(Integer.parseInt(count.get().trim()),
                    Integer.parseInt(allowed.get().trim()),
                    Duration.ofSeconds(Math.max(0, Long.parseLong(reset.get().trim())))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the window is spent: nothing more may go out before {@link #reset()}. */
    public boolean exhausted() {
        return allowed > 0 && count >= allowed;
    }
}
