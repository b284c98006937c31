package com.dxp.collector.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.events.StreamCheck;
import com.dxp.collector.events.StreamVerdict;
import com.dxp.collector.genesys.CallOutcome;
import com.dxp.collector.genesys.RecentCalls;
import com.dxp.collector.tenant.EventBridgeSource;
import com.dxp.collector.tenant.TenantState;
import com.dxp.collector.tenant.TenantView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantHealthRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final UUID ID = UUID.fromString("4e000000-0000-4000-8000-0000000000a1");
    private static final EventBridgeSource SOURCE = new EventBridgeSource("123456789012", "eu-central-1", "c");

    private final TenantHealthRules rules = new TenantHealthRules(config());

    @Test
    void shouldBeOkWithNothingWrong() {
        TenantHealth h = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), facts(), null, null, NOW);

        assertEquals(HealthStatus.OK, h.status());
        assertEquals(List.of(), h.reasons());
    }

    @ParameterizedTest
    @CsvSource({"NEW, PAUSED, NOT_VERIFIED", "CREDENTIALS_REJECTED, ERROR, CREDENTIALS_REJECTED",
        "MISSING_REQUIRED_PERMISSIONS, ERROR, REQUIRED_PERMISSION_MISSING", "UNREACHABLE, DEGRADED, GENESYS_UNREACHABLE"})
    void shouldJudgeTheLastVerification(TenantState state, HealthStatus status, ReasonCode code) {
        TenantHealth h = rules.judge(tenant(true, state, SOURCE), facts(), null, null, NOW);

        assertEquals(status, h.status());
        assertEquals(code, h.reasons().get(0).code());
    }

    @Test
    void shouldPauseADisabledTenantWhateverElseIsWrong() {
        HealthFacts facts = with(facts(), 5, 0);
        TenantHealth h = rules.judge(tenant(false, TenantState.DISABLED, SOURCE), facts, null, null, NOW);

        assertEquals(HealthStatus.PAUSED, h.status());
        assertEquals(ReasonCode.TENANT_DISABLED, h.reasons().get(0).code(), "the pause first");
        assertEquals(ReasonCode.QUARANTINED_MESSAGES, h.reasons().get(1).code(), "what waits is still shown");
    }

    @Test
    void shouldCallAStreamSilentForLessThanAnHourLateAndLongerAnError() {
        StreamCheck recent = check(StreamVerdict.SILENT, NOW.minus(Duration.ofMinutes(20)));
        StreamCheck old = check(StreamVerdict.SILENT, NOW.minus(Duration.ofMinutes(61)));

        TenantHealth late = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), stream(recent), null, null,
                NOW);
        TenantHealth error = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), stream(old), null, null,
                NOW);

        assertEquals(HealthStatus.LATE, late.status());
        HealthReason reason = late.reasons().get(0);
        assertEquals(ReasonCode.EVENT_STREAM_SILENT, reason.code());
        assertTrue(reason.message().startsWith("event stream silent since " + NOW.minus(Duration.ofMinutes(20))),
                reason.message());
        assertEquals(7L, reason.count());
        assertEquals(HealthStatus.ERROR, error.status());
    }

    @Test
    void shouldCallMissedEventsDegradedAndAFailedCheckANotice() {
        TenantHealth missed = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE),
                stream(check(StreamVerdict.MISSED, null)), null, null, NOW);
        TenantHealth failed = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE),
                stream(check(StreamVerdict.FAILED, null)), null, null, NOW);

        assertEquals(HealthStatus.DEGRADED, missed.status());
        assertEquals(ReasonCode.EVENTS_MISSED, missed.reasons().get(0).code());
        assertEquals(HealthStatus.OK, failed.status());
        assertEquals(ReasonCode.EVENT_STREAM_CHECK_FAILED, failed.reasons().get(0).code());
        assertNull(failed.reasons().get(0).status());
    }

    @Test
    void shouldNoteATenantWithoutEventSourceWithoutChangingItsStatus() {
        TenantHealth h = rules.judge(tenant(true, TenantState.VERIFIED, null), facts(), null, null, NOW);

        assertEquals(HealthStatus.OK, h.status());
        assertEquals(ReasonCode.NO_EVENT_SOURCE, h.reasons().get(0).code());
    }

    @Test
    void shouldCountGenesysFaultsOfTheLastHourAgainstTheirThresholds() {
        GenesysCalls calls = new GenesysCalls(NOW.minus(Duration.ofHours(1)), Map.of("2xx", 500L, "429", 30L,
                "5xx", 4L, "timeout", 6L, "403", 2L), new RecentCalls.Fault(NOW.minusSeconds(30), "users.list",
                CallOutcome.FORBIDDEN, 403, "missing.permissions"), NOW.minusSeconds(5));

        TenantHealth h = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), genesys(calls), null, null, NOW);

        assertEquals(HealthStatus.DEGRADED, h.status());
        assertEquals(List.of(ReasonCode.PERMISSION_REFUSED, ReasonCode.GENESYS_RATE_LIMITED,
                ReasonCode.GENESYS_ERRORS), h.reasons().stream().map(HealthReason::code).toList());
        assertTrue(h.reasons().get(0).message().contains("users.list, missing.permissions"));
        assertEquals(10L, h.reasons().get(2).count(), "5xx and timeouts together");
    }

    @Test
    void shouldCallACredentialRefusedSinceTheLastSuccessAnErrorButNotOneASuccessFollowed() {
        RecentCalls.Fault refused = new RecentCalls.Fault(NOW.minusSeconds(60), "oauth.token",
                CallOutcome.UNAUTHORIZED, 0, "invalid_client");
        GenesysCalls stillRefused = new GenesysCalls(NOW, Map.of(), refused, NOW.minusSeconds(120));
        GenesysCalls recovered = new GenesysCalls(NOW, Map.of(), refused, NOW.minusSeconds(10));

        assertEquals(HealthStatus.ERROR, rules.judge(tenant(true, TenantState.VERIFIED, SOURCE),
                genesys(stillRefused), null, null, NOW).status());
        assertEquals(HealthStatus.OK, rules.judge(tenant(true, TenantState.VERIFIED, SOURCE),
                genesys(recovered), null, null, NOW).status());
    }

    @Test
    void shouldCallAnOldBacklogAFailedRunAndLaggingCompletenessByTheirNames() {
        HealthFacts facts = new HealthFacts(NOW, NOW, NOW, 250, NOW.minus(Duration.ofMinutes(16)), calls(), null,
                List.of(new RunState(7, "conversationBackfill", "FAILED", "window refused", NOW, NOW),
                        new RunState(8, "directorySync", "COMPLETED", null, NOW, NOW)),
                NOW.minus(Duration.ofHours(61)), 0, 3, List.of());

        TenantHealth h = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), facts, "sealed with key id 'old'",
                null, NOW);

        assertEquals(HealthStatus.DEGRADED, h.status());
        assertEquals(List.of(ReasonCode.RUN_FAILED, ReasonCode.REFUSED_CONVERSATIONS, ReasonCode.ENRICHMENT_BACKLOG,
                ReasonCode.DATA_COMPLETE_BEHIND, ReasonCode.SECRET_KEY),
                h.reasons().stream().map(HealthReason::code).toList(), "worst first, notices last");
        assertTrue(h.reasons().get(0).message().contains("run 7 of conversationBackfill failed: window refused"));
    }

    @Test
    void shouldCallATenantWhoseBaseUrlIsNoLongerAllowedAnErrorThatSaysWhatToChange() {
        TenantHealth h = rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), facts(), null,
                "apiBaseUrl must be one of the allowed origins (none is listed).", NOW);

        assertEquals(HealthStatus.ERROR, h.status());
        assertEquals(ReasonCode.BASE_URL_NOT_ALLOWED, h.reasons().get(0).code());
        assertTrue(h.reasons().get(0).message().contains("tenant.explicit-base-url-origins"),
                h.reasons().get(0).message());
    }

    @Test
    void shouldLeaveAYoungBacklogAndCompletenessOfYesterdayAlone() {
        HealthFacts facts = new HealthFacts(NOW, NOW, NOW, 250, NOW.minus(Duration.ofMinutes(14)), calls(), null,
                List.of(), NOW.minus(Duration.ofHours(36)), 0, 0, List.of());

        assertEquals(HealthStatus.OK, rules.judge(tenant(true, TenantState.VERIFIED, SOURCE), facts, null, null, NOW)
                .status());
    }

    private static HealthConfig config() {
        HealthConfig c = new HealthConfig();
        c.backlogLateMinutes = 15;
        c.genesysErrorsPerHour = 10;
        c.rateLimitedPerHour = 30;
        c.completeThroughLateHours = 60;
        c.cacheSeconds = 15;
        c.silentErrorAfterMinutes = 60;
        return c;
    }

    private static TenantView tenant(boolean enabled, TenantState state, EventBridgeSource source) {
        return new TenantView(ID, "acme", "mypurecloud.com", null, null, enabled, state, "org", "Org", source, 300, false,
                null, NOW.minus(Duration.ofDays(1)), null, List.of(), NOW, NOW, 1, null);
    }

    private static GenesysCalls calls() {
        return new GenesysCalls(NOW.minus(Duration.ofHours(1)), Map.of("2xx", 100L), null, NOW);
    }

    private static HealthFacts facts() {
        return new HealthFacts(NOW, NOW, NOW, 0, null, calls(), null, List.of(), null, 0, 0, List.of());
    }

    private static HealthFacts with(HealthFacts f, long quarantined, long refused) {
        return new HealthFacts(f.lastEventReceivedAt(), f.lastConversationEndEventAt(), f.newestConversationStart(),
                f.enrichmentBacklog(), f.oldestPendingSince(), f.genesys(), f.eventStream(), f.runs(),
                f.dataCompleteThrough(), quarantined, refused, f.conversationsPerHour());
    }

    private static HealthFacts stream(StreamCheck check) {
        HealthFacts f = facts();
        return new HealthFacts(f.lastEventReceivedAt(), f.lastConversationEndEventAt(), f.newestConversationStart(),
                0, null, f.genesys(), check, List.of(), null, 0, 0, List.of());
    }

    private static HealthFacts genesys(GenesysCalls calls) {
        return new HealthFacts(NOW, NOW, NOW, 0, null, calls, null, List.of(), null, 0, 0, List.of());
    }

    private static StreamCheck check(StreamVerdict verdict, Instant silentSince) {
        return new StreamCheck(ID, NOW.minusSeconds(10), NOW.minusSeconds(420), NOW.minusSeconds(120), verdict, 9, 7,
                0, 7, silentSince, verdict == StreamVerdict.FAILED ? "the analytics API could not be asked: 503"
                        : null);
    }
}
