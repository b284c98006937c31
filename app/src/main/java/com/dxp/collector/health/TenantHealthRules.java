package com.dxp.collector.health;

import com.dxp.collector.events.StreamCheck;
import com.dxp.collector.genesys.CallOutcome;
import com.dxp.collector.genesys.RecentCalls;
import com.dxp.collector.tenant.TenantView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that turns a tenant's facts into its health: which figure is a reason, and how bad. Pure, so each
 * rule has a fast test.
 */
final class TenantHealthRules {

    private final HealthConfig config;

    TenantHealthRules(HealthConfig config) {
        this.config = config;
    }

    /**
     * The tenant's health from its view, its facts, and the problems of its set-up, if any: of its secret's key, and
     * of a stored base URL the configuration no longer allows to be called.
     */
    TenantHealth judge(TenantView tenant, HealthFacts facts, String secretKeyProblem, String endpointProblem,
                       Instant now) {
        List<HealthReason> reasons = new ArrayList<>();
        setup(tenant, reasons);
        if (endpointProblem != null && tenant.enabled()) {
            reasons.add(new HealthReason(ReasonCode.BASE_URL_NOT_ALLOWED, HealthStatus.ERROR, endpointProblem
                    + " Nothing is sent to it: change the tenant's apiBaseUrl, or list its origin in"
                    + " tenant.explicit-base-url-origins", null, null));
        }
        genesys(facts.genesys(), now, reasons);
        eventStream(tenant, facts.eventStream(), now, reasons);
        if (facts.oldestPendingSince() != null
                && facts.oldestPendingSince().isBefore(now.minus(config.backlogLate()))) {
            reasons.add(new HealthReason(ReasonCode.ENRICHMENT_BACKLOG, HealthStatus.LATE, facts.enrichmentBacklog()
                    + " conversations wait for enrichment, the oldest since " + facts.oldestPendingSince()
                    + " (more than " + config.backlogLate().toMinutes() + " minutes)", facts.oldestPendingSince(),
                    facts.enrichmentBacklog()));
        }
        for (RunState run : facts.runs()) {
            if ("FAILED".equals(run.status())) {
                reasons.add(new HealthReason(ReasonCode.RUN_FAILED, HealthStatus.DEGRADED, "run " + run.runId()
                        + " of " + run.job() + " failed" + (run.exitStatus() == null ? "" : ": " + run.exitStatus())
                        + "; restart it or start another", run.endedAt(), null));
            }
        }
        if (facts.quarantinedWaiting() > 0) {
            reasons.add(new HealthReason(ReasonCode.QUARANTINED_MESSAGES, HealthStatus.DEGRADED,
                    facts.quarantinedWaiting() + " messages of this tenant wait in quarantine for a replay", null,
                    facts.quarantinedWaiting()));
        }
        if (facts.refusedConversations() > 0) {
            reasons.add(new HealthReason(ReasonCode.REFUSED_CONVERSATIONS, HealthStatus.DEGRADED,
                    facts.refusedConversations() + " conversation records the store could not keep wait for a retry",
                    null, facts.refusedConversations()));
        }
        if (facts.dataCompleteThrough() != null
                && facts.dataCompleteThrough().isBefore(now.minus(config.completeThroughLate()))) {
            reasons.add(new HealthReason(ReasonCode.DATA_COMPLETE_BEHIND, HealthStatus.LATE, "days are proved"
                    + " complete only through " + facts.dataCompleteThrough() + "; the nightly reconciliation has"
                    + " not caught up", facts.dataCompleteThrough(), null));
        }
        if (secretKeyProblem != null) {
            reasons.add(new HealthReason(ReasonCode.SECRET_KEY, null, secretKeyProblem, null, null));
        }
        reasons.sort(Comparator.comparing((HealthReason r) -> r.status() == null ? -1 : r.status().ordinal())
                .reversed());
        HealthStatus status = HealthStatus.OK;
        for (HealthReason r : reasons) {
            status = status.worse(r.status());
        }
        return new TenantHealth(tenant.id(), tenant.name(), status, List.copyOf(reasons), facts, now);
    }

    private static void setup(TenantView t, List<HealthReason> reasons) {
        if (!t.enabled()) {
            reasons.add(new HealthReason(ReasonCode.TENANT_DISABLED, HealthStatus.PAUSED, "disabled by an operator:"
                    + " nothing is collected", t.updatedAt(), null));
            return;
        }
        String detail = t.verificationDetail() == null ? "" : ": " + t.verificationDetail();
        switch (t.state()) {
            case NEW -> reasons.add(new HealthReason(ReasonCode.NOT_VERIFIED, HealthStatus.PAUSED, "not verified"
                    + " yet: nothing is collected until POST /api/admin/tenants/" + t.id() + "/verify succeeds",
                    t.updatedAt(), null));
            case CREDENTIALS_REJECTED -> reasons.add(new HealthReason(ReasonCode.CREDENTIALS_REJECTED,
                    HealthStatus.ERROR, "Genesys refused the client id or secret at the last verification" + detail
                    + "; replace the credentials", t.verifiedAt(), null));
            case MISSING_REQUIRED_PERMISSIONS -> reasons.add(new HealthReason(ReasonCode.REQUIRED_PERMISSION_MISSING,
                    HealthStatus.ERROR, "a required permission is missing" + detail + "; grant it to the OAuth"
                    + " client's role and verify again", t.verifiedAt(), null));
            case UNREACHABLE -> reasons.add(new HealthReason(ReasonCode.GENESYS_UNREACHABLE, HealthStatus.DEGRADED,
                    "Genesys could not be reached at the last verification" + detail, t.verifiedAt(), null));
            default -> {
            }
        }
    }

    private void genesys(GenesysCalls calls, Instant now, List<HealthReason> reasons) {
        RecentCalls.Fault fault = calls.lastFault();
        if (fault != null && fault.outcome() == CallOutcome.UNAUTHORIZED && "oauth.token".equals(fault.endpoint())
                && fault.at().isAfter(now.minus(RecentCalls.SPAN))
                && (calls.lastSuccess() == null || calls.lastSuccess().isBefore(fault.at()))) {
            reasons.add(new HealthReason(ReasonCode.CREDENTIALS_REFUSED, HealthStatus.ERROR, "Genesys refused the"
                    + " credential at " + fault.at() + (fault.errorCode() == null ? "" : " (" + fault.errorCode() + ")")
                    + " and no call has succeeded since; replace the credentials", fault.at(), null));
        }
        long forbidden = count(calls, CallOutcome.FORBIDDEN);
        if (forbidden > 0) {
            String last = fault != null && fault.outcome() == CallOutcome.FORBIDDEN ? " (last: " + fault.endpoint()
                    + (fault.errorCode() == null ? "" : ", " + fault.errorCode()) + ")" : "";
            reasons.add(new HealthReason(ReasonCode.PERMISSION_REFUSED, HealthStatus.DEGRADED, forbidden
                    + " calls refused with 403 in the last hour" + last + "; check the role's permissions and verify",
                    calls.since(), forbidden));
        }
        long limited = count(calls, CallOutcome.RATE_LIMITED);
        if (limited >= config.rateLimitedPerHour()) {
            reasons.add(new HealthReason(ReasonCode.GENESYS_RATE_LIMITED, HealthStatus.DEGRADED, limited
                    + " answers of 429 in the last hour: the org's API limit is spent (by the collector or another"
                    + " integration)", calls.since(), limited));
        }
        long errors = count(calls, CallOutcome.SERVER_ERROR) + count(calls, CallOutcome.TIMEOUT)
                + count(calls, CallOutcome.UNREACHABLE);
        if (errors >= config.genesysErrorsPerHour()) {
            reasons.add(new HealthReason(ReasonCode.GENESYS_ERRORS, HealthStatus.DEGRADED, errors
                    + " calls in the last hour got a 5xx, no answer in time or no connection", calls.since(),
                    errors));
        }
    }

    private void eventStream(TenantView tenant, StreamCheck check, Instant now, List<HealthReason> reasons) {
        if (tenant.eventBridge() == null) {
            reasons.add(new HealthReason(ReasonCode.NO_EVENT_SOURCE, null, "no EventBridge source is set: the event"
                    + " stream is not checked, and live data comes only if events arrive anyway", null, null));
            return;
        }
        if (check == null) {
            return;
        }
        switch (check.verdict()) {
            case SILENT -> {
                Duration silent = Duration.between(check.silentSince(), now);
                HealthStatus status = silent.compareTo(config.silentErrorAfter()) > 0 ? HealthStatus.ERROR
                        : HealthStatus.LATE;
                reasons.add(new HealthReason(ReasonCode.EVENT_STREAM_SILENT, status, "event stream silent since "
                        + check.silentSince() + ": " + check.missing() + " conversations ended in [" + check.windowFrom()
                        + ", " + check.windowTo() + ") without a customer.end event; they are fetched without it."
                        + " Check the Genesys EventBridge integration and its topics", check.silentSince(),
                        (long) check.missing()));
            }
            case MISSED -> reasons.add(new HealthReason(ReasonCode.EVENTS_MISSED, HealthStatus.DEGRADED,
                    check.missing() + " of " + check.ended() + " conversations that ended in [" + check.windowFrom()
                    + ", " + check.windowTo() + ") came without a customer.end event; they are fetched without it",
                    check.windowFrom(), (long) check.missing()));
            case FAILED -> reasons.add(new HealthReason(ReasonCode.EVENT_STREAM_CHECK_FAILED, null,
                    "the last event-stream check could not ask Genesys: " + check.detail(), check.checkedAt(), null));
            default -> {
            }
        }
    }

    private static long count(GenesysCalls calls, CallOutcome outcome) {
        return calls.byOutcome().getOrDefault(outcome.tag(), 0L);
    }
}
