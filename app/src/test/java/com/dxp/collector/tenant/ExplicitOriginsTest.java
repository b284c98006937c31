package com.dxp.collector.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.rest.ProblemException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplicitOriginsTest {

    private static final ExplicitOrigins LISTED = ExplicitOrigins.of(true,
            " http://127.0.0.1:9480 ,https://Proxy.Example.test, ");

    @Test
    void shouldAcceptAListedOriginWithoutItsTrailingSlash() {
        assertEquals(URI.create("http://127.0.0.1:9480"), LISTED.require("apiBaseUrl", "http://127.0.0.1:9480/"));
        assertEquals(URI.create("https://proxy.example.test:443"),
                LISTED.require("apiBaseUrl", "https://proxy.example.test:443"));
        assertEquals(List.of("http://127.0.0.1:9480", "https://proxy.example.test:443"), LISTED.origins());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1:9481", "http://127.0.0.1", "https://127.0.0.1:9480", "http://localhost:9480",
            "http://0.0.0.0:9480", "http://2130706433:9480", "http://0x7f000001:9480", "http://[::1]:9480",
            "http://127.0.0.1:9480@evil.test", "http://user:pw@127.0.0.1:9480", "http://127.0.0.1:9480?x=1",
            "http://127.0.0.1:9480#f", "http://127.0.0.1:9480/api/v2", "http://proxy.example.test",
            "ftp://127.0.0.1:9480", "file:///etc/passwd", "javascript:alert(1)", "//127.0.0.1:9480",
            "http://127.0.0.1:9480\u0000", "not a url", "", "http://127.0.0.1:99999"})
    void shouldRefuseAnythingButAListedPlainOrigin(String url) {
        ProblemException e = assertThrows(ProblemException.class, () -> LISTED.require("apiBaseUrl", url));

        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith("apiBaseUrl "), e.getMessage());
    }

    @Test
    void shouldRefuseEveryUrlWhenExplicitUrlsAreOffEvenIfListed() {
        ExplicitOrigins off = ExplicitOrigins.of(false, "http://127.0.0.1:9480");

        ProblemException e = assertThrows(ProblemException.class,
                () -> off.require("apiBaseUrl", "http://127.0.0.1:9480"));
        assertTrue(e.getMessage().contains("tenant.allow-explicit-base-url"), e.getMessage());
        assertEquals(List.of(), off.origins());
    }

    @Test
    void shouldSayWhyAStoredUrlIsNoLongerAllowed() {
        assertEquals(Optional.empty(), LISTED.refusal(URI.create("http://127.0.0.1:9480")));
        assertTrue(ExplicitOrigins.of(true, "http://127.0.0.1:9480").refusal(URI.create("http://127.0.0.1:9999"))
                .orElseThrow().contains("http://127.0.0.1:9480"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://proxy.example.test:8080", "127.0.0.1:9480", "http://127.0.0.1:9480/x"})
    void shouldRefuseToStartWithAListedOriginThatIsNotAPlainOne(String listed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExplicitOrigins.of(true, listed));

        assertTrue(e.getMessage().startsWith("tenant.explicit-base-url-origins: '" + listed + "'"), e.getMessage());
    }

    @Test
    void shouldTakeOnlyLoopbackAddressesAsLoopback() {
        assertTrue(ExplicitOrigins.loopback("127.0.0.1"));
        assertTrue(ExplicitOrigins.loopback("127.255.0.9"));
        assertTrue(ExplicitOrigins.loopback("LOCALHOST"));
        assertTrue(ExplicitOrigins.loopback("[::1]"));
        for (String host : List.of("127.0.0.256", "127.0.0.1.evil.test", "0.0.0.0", "10.0.0.1", "2130706433")) {
            assertTrue(!ExplicitOrigins.loopback(host), host);
        }
    }
}
