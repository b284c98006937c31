package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Behind a reverse proxy named in {@code HTTP_TRUSTED_PROXIES} (here loopback, where the tests call from), the login
 * throttle counts the client each request's {@code X-Forwarded-For} names, so one guesser behind the proxy locks out
 * only itself; and an address inventing a user name per guess is locked out once past
 * {@code SECURITY_LOGIN_FREE_FAILURES_PER_ADDRESS} (20 here, the default). One restart with both set, one back.
 */
@MicroShedTest
class TrustedProxiesIT {

    private static final String PROXIES = "HTTP_TRUSTED_PROXIES";
    private static final String PER_ADDRESS = "SECURITY_LOGIN_FREE_FAILURES_PER_ADDRESS";
    private static Map<String, String> before;

    @BeforeAll
    static void behindALoopbackProxy() throws Exception {
        TestServer.onlyOnTheEmbeddedDatabase();
        before = TestServer.restartWith(Map.of(PROXIES, "127[.]0[.]0[.]1|0:0:0:0:0:0:0:1|::1", PER_ADDRESS, "20"));
    }

    @AfterAll
    static void restore() throws Exception {
        if (before != null) {
            TestServer.restartWith(new HashMap<>(before));
        }
    }

    @Test
    void shouldLockOutTheClientTheProxyNamesNotEveryoneBehindIt() throws Exception {
        String user = "guesser-" + UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(login(user, "guess-" + i, "203.0.113.7").statusCode());
        }

        assertEquals(List.of(401, 401, 401, 401, 401, 401, 429), statuses);
        assertEquals(401, login(user, "guess-7", "203.0.113.8").statusCode(), "another client of the same proxy");
        assertEquals(401, login(user, "guess-8", null).statusCode(), "the proxy's own address");
        List<String> refusals = json(get("/api/admin/audit?limit=100", VIEWER)).getJsonArray("entries").stream()
                .map(v -> v.asJsonObject())
                .filter(e -> "login.failed".equals(e.getString("action")) && user.equals(e.getString("targetId", "")))
                .map(e -> e.getString("detail")).toList();
        assertTrue(refusals.stream().anyMatch(d -> d.endsWith("from 203.0.113.7")), refusals.toString());
        assertTrue(refusals.stream().anyMatch(d -> d.endsWith("from 203.0.113.8")), refusals.toString());
    }

    @Test
    void shouldLockOutAnAddressThatInventsAUserNameForEachGuess() throws Exception {
        String address = "198.51.100.23";
        for (int i = 0; i < 20; i++) {
            assertEquals(401, login("invented-" + UUID.randomUUID(), "x", address).statusCode(), "failure " + i);
        }

        assertEquals(401, login("invented-" + UUID.randomUUID(), "x", address).statusCode(), "the 21st");
        HttpResponse<String> locked = login(ADMIN.username, ADMIN.password, address);
        assertEquals(429, locked.statusCode(), "even the right password is not checked: " + locked.body());
        assertTrue(locked.headers().firstValue("Retry-After").isPresent(), locked.headers().toString());
        assertEquals(200, login(ADMIN.username, ADMIN.password, "198.51.100.24").statusCode(), "another client");
        assertEquals(200, get("/api/admin/audit", ADMIN).statusCode(), "the proxy itself");
    }

    /** A GET of the audit as {@code user}, forwarded for {@code client} (none: straight from the proxy). */
    private static HttpResponse<String> login(String user, String password, String client) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CollectorApi.root() + "/api/admin/audit"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
