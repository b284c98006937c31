package com.dxp.collector.platform.demo;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.events.EventBridgeSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Registers each simulated org as a tenant of the demo server through the admin API, exactly as an operator
 * would, verifies it, and starts a short backfill (the last two days) and a directory sync, so the demo starts with
 * tenants that work and data arriving. A tenant kept from an earlier demo run (same name) is left as it is.
 */
final class DemoTenants {


    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final String authorization;

    DemoTenants(URI api, String adminPassword) {
        this.api = api;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** One line per org saying what happened to its tenant. */
    List<String> register(List<SimulatedOrg> orgs, URI simulator) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (SimulatedOrg org : orgs) {
            ClientSpec client = org.spec().clients().get(0);
            // the EventBridge source the simulator's envelopes name: the tenant's event stream is then checked
            EventBridgeSettings source = EventBridgeSettings.defaults();
            String body = "{\"name\":\"" + org.spec().name() + "\",\"apiBaseUrl\":\"" + simulator
                    + "\",\"clientId\":\"" + client.clientId() + "\",\"clientSecret\":\"" + client.secret()
                    + "\",\"eventBridge\":{\"awsAccountId\":\"" + source.account() + "\",\"awsRegion\":\""
                    + source.region() + "\",\"eventSourceSuffix\":\"" + source.eventSourceSuffix() + "\"}}";
            HttpResponse<String> created = send("POST", "/api/admin/tenants", body);
            if (created.statusCode() == 409) {
                lines.add("tenant " + org.spec().name() + ": kept from an earlier run");
                continue;
            }
            if (created.statusCode() != 201) {
                lines.add("tenant " + org.spec().name() + ": not created (HTTP " + created.statusCode() + ")");
                continue;
            }
            String id = json(created.body()).getString("id");
            HttpResponse<String> verified = send("POST", "/api/admin/tenants/" + id + "/verify", null);
            boolean ok = verified.statusCode() == 200
                    && "VERIFIED".equals(json(verified.body()).getString("outcome", ""));
            lines.add("tenant " + org.spec().name() + " " + id + ": " + (verified.statusCode() == 200
                    ? json(verified.body()).getString("outcome")
                    : "verification failed (HTTP " + verified.statusCode() + ")")
                    + (ok ? "; " + startCollecting(id) : ""));
        }
        return lines;
    }

    /** Starts a backfill of the last two whole days and a directory sync; says what it started. */
    private String startCollecting(String tenantId) throws IOException, InterruptedException {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        HttpResponse<String> backfill = send("POST", "/api/admin/tenants/" + tenantId + "/backfills",
                "{\"from\":\"" + today.minus(Duration.ofDays(2)) + "\",\"to\":\"" + today + "\"}");
        HttpResponse<String> sync = send("POST", "/api/admin/tenants/" + tenantId + "/directory-syncs", null);
        return (backfill.statusCode() == 202 ? "backfill of the last 2 days started (GET .../backfills)"
                : "backfill not started (HTTP " + backfill.statusCode() + ")") + ", "
                + (sync.statusCode() == 202 ? "directory sync started" : "directory sync not started (HTTP "
                        + sync.statusCode() + ")");
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
