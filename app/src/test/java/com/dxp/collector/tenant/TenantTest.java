package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantTest {

    static final Instant NOW = Instant.parse("2026-05-13T00:00:00Z");
    static final TenantEndpoint DE = TenantEndpoint.of(GenesysRegion.ofDomain("mypurecloud.de").orElseThrow());
    static final TenantEndpoint IE = TenantEndpoint.of(GenesysRegion.ofDomain("mypurecloud.ie").orElseThrow());

    static Verification verification(Verification.Outcome outcome) {
        return new Verification(outcome, "org-1", "Org", List.of(), 600, null, NOW);
    }

    @Test
    void shouldStartNewOrDisabled() {
        assertEquals(TenantState.NEW, Tenant.create(UUID.randomUUID(), "a", DE, null, true, NOW).state());
        assertEquals(TenantState.DISABLED, Tenant.create(UUID.randomUUID(), "a", DE, null, false, NOW).state());
    }

    @Test
    void shouldTakeTheStateOfTheLastVerification() {
        Tenant t = Tenant.create(UUID.randomUUID(), "a", DE, null, true, NOW);

        t.applyVerification(verification(Verification.Outcome.MISSING_REQUIRED_PERMISSIONS), NOW);

        assertEquals(TenantState.MISSING_REQUIRED_PERMISSIONS, t.state());
        assertEquals("org-1", t.genesysOrgId());
        assertEquals(600, t.requestsPerMinute());
    }

    @Test
    void shouldKeepTheOrgWhenAVerificationGotNoToken() {
        Tenant t = Tenant.create(UUID.randomUUID(), "a", DE, null, true, NOW);
        t.applyVerification(verification(Verification.Outcome.VERIFIED), NOW);

        t.applyVerification(new Verification(Verification.Outcome.CREDENTIALS_REJECTED, null, null, List.of(), null,
                "refused", NOW), NOW);

        assertEquals(TenantState.CREDENTIALS_REJECTED, t.state());
        assertEquals("org-1", t.genesysOrgId());
        assertEquals("refused", t.verificationDetail());
    }

    @Test
    void shouldReturnToTheVerifiedStateWhenEnabledAgain() {
        Tenant t = Tenant.create(UUID.randomUUID(), "a", DE, null, true, NOW);
        t.applyVerification(verification(Verification.Outcome.VERIFIED), NOW);

        t.disable(NOW);
        assertEquals(TenantState.DISABLED, t.state());
        t.update("a", DE, null, true, NOW);

        assertEquals(TenantState.VERIFIED, t.state());
    }

    @Test
    void shouldBeNewAgainWhenPointedElsewhere() {
        Tenant t = Tenant.create(UUID.randomUUID(), "a", DE, null, true, NOW);
        t.applyVerification(verification(Verification.Outcome.VERIFIED), NOW);

        t.update("a", IE, null, true, NOW);

        assertEquals(TenantState.NEW, t.state());
        assertNull(t.verificationOutcome());
    }

    @Test
    void shouldTellWhyATenantCannotRun() {
        assertEquals(TenantNotRunnableException.Reason.UNKNOWN_TENANT,
                TenantGate.reasonNotRunnable(false, null, false));
        assertEquals(TenantNotRunnableException.Reason.DISABLED,
                TenantGate.reasonNotRunnable(false, TenantState.DISABLED, true));
        assertEquals(TenantNotRunnableException.Reason.NO_ACTIVE_CREDENTIAL,
                TenantGate.reasonNotRunnable(true, TenantState.VERIFIED, false));
        assertEquals(TenantNotRunnableException.Reason.MISSING_REQUIRED_PERMISSIONS,
                TenantGate.reasonNotRunnable(true, TenantState.MISSING_REQUIRED_PERMISSIONS, true));
        assertEquals(TenantNotRunnableException.Reason.CREDENTIALS_REJECTED,
                TenantGate.reasonNotRunnable(true, TenantState.CREDENTIALS_REJECTED, true));
        assertNull(TenantGate.reasonNotRunnable(true, TenantState.VERIFIED, true));
        assertNull(TenantGate.reasonNotRunnable(true, TenantState.NEW, true));
        assertNull(TenantGate.reasonNotRunnable(true, TenantState.UNREACHABLE, true));
        TenantNotRunnableException e = new TenantNotRunnableException(UUID.randomUUID(),
                TenantNotRunnableException.Reason.MISSING_REQUIRED_PERMISSIONS);
        assertEquals(409, e.status());
    }

    @Test
    void shouldNameTheMissingPermissionsWhenTheyAreKnown() {
        TenantNotRunnableException e = new TenantNotRunnableException(UUID.randomUUID(),
                TenantNotRunnableException.Reason.MISSING_REQUIRED_PERMISSIONS,
                List.of("analytics:conversationDetail:view", "directory:user:view"));

        assertTrue(e.getMessage().contains("lacks the required permissions analytics:conversationDetail:view,"
                + " directory:user:view; grant them"), e.getMessage());
    }
}
