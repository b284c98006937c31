package com.dxp.collector.genesys;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * The most of a body read, 64 MiB: far above a page of 1,000 conversation details, and a bound on what a wrong
     * or hostile host can make the collector hold in memory.
     */
    public static final int MAX_BODY_BYTES = 64 << 20;

    /** Reads (and closes) a REST client response. */
    public static GenesysResponse of(Response response) {
        return of(response, MAX_BODY_BYTES);
    }

    /**
     * Reads (and closes) a REST client response whose body may hold at most {@code maxBodyBytes}.
     *
     * @throws GenesysUnavailableException {@code body.too.large}, a longer body (the rest is not read)
     */
    static GenesysResponse of(Response response, int maxBodyBytes) {
        try (response) {
            Map<String, String> headers = new HashMap<>();
            response.getStringHeaders().forEach((name, values) -> {
                if (name != null && !values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
            String body = response.hasEntity() ? bounded(response.readEntity(InputStream.class), maxBodyBytes) : "";
            return new GenesysResponse(response.getStatus(), headers, body);
        }
    }

    static String bounded(InputStream in, int maxBytes) {
        try (in) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new GenesysUnavailableException("body.too.large", "Genesys answered with a body over "
                        + maxBytes + " bytes; it was not read");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
