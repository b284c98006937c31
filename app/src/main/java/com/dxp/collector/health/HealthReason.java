package com.dxp.collector.health;

import java.time.Instant;

/**
 * One reason of a tenant's health.
 *
 * @param code    what it is, for machines
 * @param status  the status it makes the tenant at least; absent for a notice that changes nothing
 * @param message what it is and what to do, for people; never a secret
 * @param since   since when it holds, where known
 * @param count   the figure behind it (calls, conversations, messages), where there is one
 */
public record HealthReason(ReasonCode code, HealthStatus status, String message, Instant since, Long count) {
}
