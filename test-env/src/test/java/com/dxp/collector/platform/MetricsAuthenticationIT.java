package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.httpsGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * {@code METRICS_AUTHENTICATION=true} puts {@code /metrics} behind the application's read-only account (and only
 * that one: Liberty's login there is not throttled, so the admin's password is not checked there), while the API
 * keeps authenticating both accounts with its own mechanism. Liberty serves it over HTTPS only then (plain HTTP is
 * redirected). One restart with the variable set, one back.
 */
@MicroShedTest
class MetricsAuthenticationIT {

    @BeforeAll
    static void onTheEmbeddedDatabaseRun() {
        TestServer.onlyOnTheEmbeddedDatabase();
    }

    private static final String VARIABLE = "METRICS_AUTHENTICATION";

    @Test
    void shouldServeMetricsToTheViewerAccountOnlyWhenAuthenticationIsOn() throws Exception {
        Map<String, String> before = TestServer.restartWith(Map.of(VARIABLE, "true"));
        try {
            assertEquals(302, get("/metrics", VIEWER).statusCode(), "plain HTTP is sent to HTTPS");
            assertEquals(401, status(httpsGet("/metrics", NOBODY)), "without credentials");
            HttpsURLConnection viewer = httpsGet("/metrics", VIEWER);
            assertEquals(200, viewer.getResponseCode());
            try (InputStream body = viewer.getInputStream()) {
                assertTrue(new String(body.readAllBytes(), StandardCharsets.UTF_8).contains("# TYPE "),
                        "no Prometheus type lines");
            }
            viewer.disconnect();
            assertEquals(401, status(httpsGet("/metrics", ADMIN)), "Liberty's login does not check the admin's");

            assertEquals(200, get("/api/admin/tenants", ADMIN).statusCode(), "the API still takes the admin");
            assertEquals(200, get("/api/admin/tenants", VIEWER).statusCode(), "the API still takes the viewer");
        } finally {
            TestServer.restartWith(new HashMap<>(before));
        }
    }

    private static int status(HttpsURLConnection https) throws Exception {
        try {
            return https.getResponseCode();
        } finally {
            https.disconnect();
        }
    }
}
