package com.dxp.collector.tenant;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.TestServer;
import com.dxp.collector.platform.VerifiedTenant;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A client secret goes only where the configuration allows: a listener on loopback whose origin is not listed in
 * {@code TENANT_EXPLICIT_BASE_URL_ORIGINS} never receives a request, however its URL is spelled, through a dry
 * run, a new tenant or a changed one; a URL stored while listed is refused at every use once the list no longer
 * names it (after a restart with the list changed); and a verification against a silent host gives up in bounded
 * time.
 */
@MicroShedTest
class ExplicitOriginsIT {

    @BeforeAll
    static void onTheEmbeddedDatabaseRun() {
        TestServer.onlyOnTheEmbeddedDatabase();
    }

    private static final String ORIGINS = "TENANT_EXPLICIT_BASE_URL_ORIGINS";

    private HttpServer listener;
    private final AtomicInteger received = new AtomicInteger();
    private String origin;

    @BeforeEach
    void loopbackListener() throws IOException {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        listener.start();
        origin = "http://127.0.0.1:" + listener.getAddress().getPort();
    }

    @AfterEach
    void stopListener() {
        listener.stop(0);
    }

    @Test
    void shouldSendNothingToAnUnlistedHostHoweverItsUrlIsSpelled() throws Exception {
        int port = listener.getAddress().getPort();
        List<String> urls = List.of(origin, origin + "/", "http://localhost:" + port, "http://0.0.0.0:" + port,
                "http://2130706433:" + port, "http://0x7f000001:" + port, "http://[::1]:" + port,
                "http://127.0.0.1:9@127.0.0.1:" + port, "http://user:pw@127.0.0.1:" + port,
                "http://127.0.0.1:19480/?x=@127.0.0.1:" + port, origin + "/oauth/token#x",
                "https://127.0.0.1:" + port);
        String tenant = TenantApi.create(TenantApi.newTenantJson("Origins " + UUID.randomUUID(), "client",
                TenantApi.newSecret())).getString("id");
        List<String> answered = new ArrayList<>();
        try {
            for (String url : urls) {
                answered.add(refused("dry run " + url, TenantApi.call("POST", "/api/admin/genesys/verifications",
                        null, "{\"apiBaseUrl\":\"" + url + "\",\"clientId\":\"c\",\"clientSecret\":\""
                                + TenantApi.newSecret() + "\"}", ADMIN)));
                answered.add(refused("login URL of a dry run " + url, TenantApi.call("POST",
                        "/api/admin/genesys/verifications", null, "{\"apiBaseUrl\":\"http://127.0.0.1:9\","
                                + "\"loginBaseUrl\":\"" + url + "\",\"clientId\":\"c\",\"clientSecret\":\""
                                + TenantApi.newSecret() + "\"}", ADMIN)));
                answered.add(refused("new tenant " + url, TenantApi.call("POST", TenantApi.BASE, null,
                        "{\"name\":\"Origins " + UUID.randomUUID() + "\",\"apiBaseUrl\":\"" + url
                                + "\",\"clientId\":\"c\",\"clientSecret\":\"" + TenantApi.newSecret() + "\"}",
                        ADMIN)));
                answered.add(refused("changed tenant " + url, TenantApi.call("PUT", TenantApi.BASE + "/" + tenant,
                        null, "{\"name\":\"Origins " + UUID.randomUUID() + "\",\"apiBaseUrl\":\"" + url
                                + "\",\"enabled\":true,\"version\":0}", ADMIN)));
            }
            assertEquals("http://127.0.0.1:1", json(TenantApi.get(TenantApi.BASE + "/" + tenant, ADMIN))
                    .getString("apiBaseUrl"), "a refused change changed nothing");
        } finally {
            VerifiedTenant.purge(tenant);
        }

        assertEquals(0, received.get(), "requests that reached the unlisted listener");
        System.out.println("ExplicitOriginsIT: " + answered.size() + " requests naming " + urls.size()
                + " spellings of an unlisted origin refused with 400, 0 reached it");
    }

    @Test
    void shouldRefuseAStoredUrlOnceItsOriginIsNoLongerListedAndGiveUpOnASilentHostInTime() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread holder = holdConnections(silent);
            String silentOrigin = "http://127.0.0.1:" + silent.getLocalPort();
            String listed = TestServer.restartWith(ORIGINS, before -> before + "," + origin + "," + silentOrigin);
            String tenant = null;
            try {
                long start = System.nanoTime();
                HttpResponse<String> held = TenantApi.call("POST", "/api/admin/genesys/verifications", null,
                        "{\"apiBaseUrl\":\"" + silentOrigin + "\",\"clientId\":\"c\",\"clientSecret\":\""
                                + TenantApi.newSecret() + "\"}", ADMIN);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertEquals(200, held.statusCode(), held.body());
                assertEquals("UNREACHABLE", json(held).getString("outcome"), held.body());
                // the test server: genesys.verification.max-seconds 15, read timeout 8 s
                assertTrue(took.compareTo(Duration.ofSeconds(15 + 8 + 5)) < 0, "a silent host held the request "
                        + took.toSeconds() + " s");
                System.out.println("ExplicitOriginsIT: a verification against a silent host answered in "
                        + took.toMillis() + " ms");

                tenant = TenantApi.create("{\"name\":\"Stored origin " + UUID.randomUUID()
                        + "\",\"apiBaseUrl\":\"" + origin + "\",\"clientId\":\"c\",\"clientSecret\":\""
                        + TenantApi.newSecret() + "\"}").getString("id");
            } finally {
                TestServer.restartWith(ORIGINS, changed -> listed);
                holder.interrupt();
            }

            HttpResponse<String> verified = TenantApi.call("POST", TenantApi.BASE + "/" + tenant + "/verify", null,
                    null, ADMIN);
            assertEquals(200, verified.statusCode(), verified.body());
            assertEquals("UNREACHABLE", json(verified).getString("outcome"), verified.body());
            assertTrue(json(verified).getString("detail").contains("may not be called"), verified.body());
            JsonObject health = json(TenantApi.get(TenantApi.BASE + "/" + tenant + "/health", ADMIN));
            assertEquals("ERROR", health.getString("status"), health.toString());
            assertTrue(health.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                    .anyMatch(r -> "BASE_URL_NOT_ALLOWED".equals(r.getString("code"))), health.toString());
            assertEquals(0, received.get(), "requests that reached the listener no longer listed");
            VerifiedTenant.purge(tenant);
        }
    }

    private static String refused(String what, HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), what + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), what);
        return what;
    }

    /** Accepts connections and never answers, as a host that swallows requests does. */
    private static Thread holdConnections(ServerSocket socket) {
        List<Socket> held = new ArrayList<>();
        Thread holder = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    held.add(socket.accept());
                }
            } catch (IOException e) {
                // closed: the test is over
            }
        }, "silent-host");
        holder.setDaemon(true);
        holder.start();
        return holder;
    }
}
