package com.dxp.collector.genesys;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;

import com.dxp.collector.platform.CollectorApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Calls the dry-run verification endpoint for a client of the simulated org. */
final class VerificationCalls {

    private VerificationCalls() {
    }

    static HttpResponse<String> verify(String clientId, String secret, CollectorApi.Account as) throws Exception {
        String body = Json.createObjectBuilder()
                .add("apiBaseUrl", SimulatorForIts.start().baseUri().toString())
                .add("clientId", clientId)
                .add("clientSecret", secret)
                .build().toString();
        return CollectorApi.postJson("/api/admin/genesys/verifications", body, as);
    }

    static JsonObject verify(String clientId) throws Exception {
        HttpResponse<String> response = verify(clientId, SimulatorForIts.secretOf(clientId), ADMIN);
        if (response.statusCode() != 200) {
            throw new AssertionError("verification answered " + response.statusCode() + ": " + response.body());
        }
        return CollectorApi.json(response);
    }
}
