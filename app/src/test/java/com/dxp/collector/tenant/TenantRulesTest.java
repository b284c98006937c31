package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRulesTest {

    private static final ExplicitOrigins SIMULATOR = ExplicitOrigins.of(true,
            "http://127.0.0.1:9480, https://api.example.test, https://login.example.test");

    @Test
    void shouldResolveARegionDomainCaseInsensitively() {
        TenantEndpoint endpoint = TenantRules.endpoint(" MyPureCloud.DE ", null, null, ExplicitOrigins.NONE);

        assertEquals("mypurecloud.de", endpoint.regionDomain());
        assertEquals(URI.create("https://api.mypurecloud.de"), endpoint.apiBaseUrl());
        assertEquals(URI.create("https://login.mypurecloud.de"), endpoint.loginBaseUrl());
    }

    @Test
    void shouldDefaultTheLoginBaseUrlToTheApiBaseUrlAsOnTheSimulator() {
        TenantEndpoint endpoint = TenantRules.endpoint(null, "http://127.0.0.1:9480/", null, SIMULATOR);

        assertNull(endpoint.regionDomain());
        assertEquals(URI.create("http://127.0.0.1:9480"), endpoint.apiBaseUrl());
        assertEquals(endpoint.apiBaseUrl(), endpoint.loginBaseUrl());
    }

    @Test
    void shouldTakeAnExplicitLoginBaseUrl() {
        TenantEndpoint endpoint = TenantRules.endpoint(null, "https://api.example.test", "https://login.example.test",
                SIMULATOR);

        assertEquals(URI.create("https://login.example.test"), endpoint.loginBaseUrl());
    }

    @Test
    void shouldRefuseAnExplicitUrlWhenNotAllowed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TenantRules.endpoint(null, "http://127.0.0.1:9480", null,
                        ExplicitOrigins.of(false, "http://127.0.0.1:9480")));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("tenant.allow-explicit-base-url"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "mypurecloud.de, http://127.0.0.1:1, NULL",
            "NULL, NULL, NULL",
            "NULL, NULL, http://127.0.0.1:1",
            "mypurecloud.de, NULL, https://login.mypurecloud.de",
            "mypurecloud.xyz, NULL, NULL",
            "'', NULL, NULL",
            "NULL, ftp://127.0.0.1, NULL",
            "NULL, javascript:alert(1), NULL",
            "NULL, not a url, NULL",
            "NULL, /relative, NULL",
            "NULL, http://user:pw@127.0.0.1, NULL",
            "NULL, http://127.0.0.1?x=1, NULL",
            "NULL, http://127.0.0.1#f, NULL",
            "NULL, http://127.0.0.1, file:///etc/passwd"})
    void shouldRefuseBadEndpoints(String region, String api, String login) {
        ProblemException e = assertThrows(ProblemException.class, () -> TenantRules.endpoint(region, api, login,
                SIMULATOR));

        assertEquals(400, e.status());
    }

    @Test
    void shouldCompareNamesWithoutCaseAndSurroundingSpace() {
        assertEquals("acme gmbh", TenantRules.nameKey("  ACME GmbH "));
        assertEquals("ACME GmbH", TenantRules.name("  ACME GmbH "));
    }

    @Test
    void shouldTakeNamesOfAnyScriptAndEmojiButNoControlFormatOrLoneSurrogate() {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(TenantRules.NAME_PATTERN);

        for (String ok : List.of("ACME GmbH", "Zoë 🎧", "株式会社", "عربي")) {
            assertTrue(name.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("a\u0007b", "evil\u202Etxt.exe", "a\uD800", "\uDC00b", "tab\there")) {
            assertTrue(!name.matcher(bad).matches(), bad);
        }
    }

    @Test
    void shouldRefuseANameWhoseLowerCaseOutgrowsItsColumn() {
        String dotted = "\u0130".repeat(150);

        ProblemException e = assertThrows(ProblemException.class, () -> TenantRules.nameKey(dotted));
        assertEquals(400, e.status());
        assertEquals(200, TenantRules.nameKey("\u0130".repeat(100)).length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void shouldRefuseBlankNames(String name) {
        assertEquals(400, assertThrows(ProblemException.class, () -> TenantRules.name(name)).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "1234", "not-a-uuid-but-36-characters-long!!!", "00000000-0000-0000-0000-00000000000g"})
    void shouldAnswerNotFoundForIdsThatAreNotUuids(String id) {
        assertEquals(404, assertThrows(ProblemException.class, () -> TenantRules.tenantId(id)).status());
    }

    @Test
    void shouldParseAUuid() {
        UUID id = UUID.randomUUID();

        assertEquals(id, TenantRules.tenantId(id.toString()));
    }

    @Test
    void shouldParseFiltersStrictly() {
        assertEquals(Optional.of(true), TenantRules.enabledFilter("true"));
        assertEquals(Optional.empty(), TenantRules.enabledFilter(null));
        assertEquals(Optional.of(TenantState.VERIFIED), TenantRules.stateFilter("VERIFIED"));
        assertThrows(ProblemException.class, () -> TenantRules.enabledFilter("yes"));
        assertEquals(Optional.of(TenantState.VERIFIED), TenantRules.stateFilter("verified"), "a state in any case");
        assertThrows(ProblemException.class, () -> TenantRules.stateFilter("SLEEPING"));
        assertThrows(ProblemException.class, () -> TenantRules.purgeFlag("maybe"));
        assertTrue(TenantRules.purgeFlag("true"));
    }

    @Test
    void shouldRoundTripACursorAndRefuseForeignOnes() {
        assertEquals("acme gmbh", TenantCursor.decode(TenantCursor.encode("acme gmbh")));
        assertEquals(400, assertThrows(ProblemException.class, () -> TenantCursor.decode("garbage!")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> TenantCursor.decode("YWJj")).status());
    }
}
