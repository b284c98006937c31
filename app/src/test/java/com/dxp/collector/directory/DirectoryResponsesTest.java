package com.dxp.collector.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.CredentialsRejectedException;
import com.dxp.collector.genesys.GenesysBudgetTimeoutException;
import com.dxp.collector.genesys.GenesysPostponedException;
import com.dxp.collector.genesys.GenesysResponse;
import com.dxp.collector.genesys.GenesysUnavailableException;
import com.dxp.collector.tenant.TenantNotRunnableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryResponsesTest {

    private static final UUID TENANT = UUID.fromString("7e000000-0000-4000-8000-00000000000a");
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void shouldGiveThePageOfASuccessfulAnswer() {
        DirectoryPage page = DirectoryResponses.page(TENANT, "users.list",
                new GenesysResponse(200, Map.of(), DirectoryListingTest.USERS_PAGE));

        assertEquals(2, page.entities().size());
        assertEquals(29, page.pageCount());
    }

    @ParameterizedTest
    @CsvSource({
        "403, missing.permissions, '{\"message\":\"You are missing the following permission(s):"
            + " [directory:user:view]\",\"code\":\"missing.permissions\",\"status\":403}'",
        "404, not.found, '{\"message\":\"The requested group was not found.\",\"code\":\"not.found\","
            + "\"status\":404,\"contextId\":\"0f1e2d3c\"}'",
        "400, 400, 'Bad Request'"})
    void shouldRefuseWithoutRetryWhenGenesysAnswersAnError(int status, String code, String body) {
        DirectoryRefusedException e = assertThrows(DirectoryRefusedException.class, () -> DirectoryResponses.page(
                TENANT, "groups.members", new GenesysResponse(status, Map.of(), body)));

        assertEquals(status, e.status());
        assertEquals(code, e.errorCode());
        assertEquals(TENANT, e.tenantId());
        assertTrue(e.getMessage().contains(TENANT.toString()) && e.getMessage().contains("groups.members")
                && e.getMessage().contains(Integer.toString(status)) && e.getMessage().contains(code),
                e.getMessage());
    }

    @Test
    void shouldRetryASuccessfulAnswerWhoseBodyIsNotAListing() {
        DirectoryUnavailableException e = assertThrows(DirectoryUnavailableException.class,
                () -> DirectoryResponses.page(TENANT, "users.list",
                        new GenesysResponse(200, Map.of(), "{\"entities\":[{\"id\":\"5e4\"")));

        assertTrue(e.getMessage().contains(TENANT.toString()), e.getMessage());
    }

    @Test
    void shouldPostponeForTheWaitThatRemains() {
        RuntimeException e = DirectoryResponses.failure(TENANT, "users.list",
                new GenesysPostponedException(NOW.plusSeconds(240), "users.list answered 429"), NOW);

        assertEquals(Duration.ofSeconds(240), assertInstanceOf(DirectoryPostponedException.class, e).waitFor());
    }

    @Test
    void shouldNotWaitForAPostponementThatHasAlreadyPassed() {
        RuntimeException e = DirectoryResponses.failure(TENANT, "users.list",
                new GenesysPostponedException(NOW.minusSeconds(1), "users.list answered 429"), NOW);

        assertEquals(Duration.ZERO, assertInstanceOf(DirectoryPostponedException.class, e).waitFor());
    }

    @Test
    void shouldRetryWhenGenesysIsUnavailableOrTheBudgetIsBusy() {
        RuntimeException unavailable = DirectoryResponses.failure(TENANT, "groups.list",
                new GenesysUnavailableException("503", "groups.list answered 503 5 times"), NOW);
        RuntimeException busy = DirectoryResponses.failure(TENANT, "groups.list",
                new GenesysBudgetTimeoutException("no permit within 30 s"), NOW);

        assertInstanceOf(DirectoryUnavailableException.class, unavailable);
        assertTrue(unavailable.getMessage().contains("503") && unavailable.getMessage().contains(TENANT.toString()));
        assertInstanceOf(DirectoryUnavailableException.class, busy);
    }

    @Test
    void shouldRefuseWithoutRetryWhenTheCredentialsAreRejected() {
        RuntimeException e = DirectoryResponses.failure(TENANT, "users.list",
                new CredentialsRejectedException("invalid_client", "token request refused (401 invalid_client)"),
                NOW);

        DirectoryRefusedException refused = assertInstanceOf(DirectoryRefusedException.class, e);
        assertEquals("invalid_client", refused.errorCode());
        assertTrue(refused.getMessage().contains(TENANT.toString()) && refused.getMessage().contains("users.list"));
    }

    @Test
    void shouldRefuseWithoutRetryWhenTheTenantMayNotRun() {
        RuntimeException e = DirectoryResponses.failure(TENANT, "groups.list",
                new TenantNotRunnableException(TENANT, TenantNotRunnableException.Reason.DISABLED), NOW);

        DirectoryRefusedException refused = assertInstanceOf(DirectoryRefusedException.class, e);
        assertEquals("DISABLED", refused.errorCode());
        assertEquals(0, refused.status());
    }

    @Test
    void shouldLeaveOtherFailuresAsTheyAre() {
        IllegalStateException bug = new IllegalStateException("unexpected");

        assertSame(bug, DirectoryResponses.failure(TENANT, "users.list", bug, NOW));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "250, 250", "500, 500", "501, 500", "-3, 1"})
    void shouldKeepThePageSizeWithinWhatGenesysServes(int requested, int asked) {
        assertEquals(asked, GenesysDirectorySource.pageSize(requested));
    }
}
