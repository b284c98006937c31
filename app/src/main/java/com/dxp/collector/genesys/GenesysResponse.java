package com.dxp.collector.genesys;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of the Genesys API as the gateway sees it: status, headers (names lower-cased) and body. The
 * REST clients return raw {@link Response}s so the gateway can read {@code Retry-After} and
 * {@code inin-ratelimit-*} whatever the status; this record is that answer detached from the HTTP client.
 *
 * @param status  HTTP status
 * @param headers response headers, first value per lower-cased name
 * @param body    the body text, empty when none
 */
public record GenesysResponse(int status, Map<String, String> headers, String body) {

    public GenesysResponse {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lower);
        body = body == null ? "" : body;
    }

    /** Reads (and closes) a REST client response. */
    public static GenesysResponse of(Response response) {
        try (response) {
            Map<String, String> headers = new HashMap<>();
            response.getStringHeaders().forEach((name, values) -> {
                if (name != null && !values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return new GenesysResponse(response.getStatus(), headers, body);
        }
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The body as a JSON object. */
    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new GenesysUnavailableException("malformed.body", "Genesys answered " + status
                    + " with a body that is not a JSON object");
        }
    }

    /** The Genesys error code ({@code code}, or OAuth's {@code error}) of an error body; else the status. */
    public String errorCode() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject();
            for (String field : List.of("code", "error")) {
                if (error.containsKey(field) && error.get(field).getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
                    return error.getString(field);
                }
            }
        } catch (JsonException | IllegalStateException e) {
            return Integer.toString(status);
        }
        return Integer.toString(status);
    }

    @Override
    public String toString() {
        return "GenesysResponse[status=" + status + ", bodyLength=" + body.length() + "]";
    }
}
