package com.dxp.collector.conversation;

/**
 * What a retry of set-aside conversation records did.
 *
 * @param tried   records taken from the set-aside list
 * @param stored  stored now, and so taken off the list
 * @param refused refused again (they stay, one refusal more)
 */
public record RetryOutcome(int tried, int stored, int refused) {
}
