package com.dxp.collector.genesys.simulator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain {@link HttpClient} against a running simulator, as the collector would call the real service. */
final class SimClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    SimClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> requestToken(String clientId, String secret, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (clientId != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    String token(String clientId, String secret) {
        HttpResponse<String> response = requestToken(clientId, secret, "grant_type=client_credentials");
        assertEquals(200, response.statusCode(), response.body());
        return tree(response.body()).get("access_token").asText();
    }

    HttpResponse<String> get(String pathAndQuery, String token) {
        return send(authorized(pathAndQuery, token).GET());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send(authorized(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path, String token) {
        return send(authorized(path, token).DELETE());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder authorized(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    static JsonNode tree(String body) {
        try {
            return GenesysSchemaOracle.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
