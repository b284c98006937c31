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
 * {@code inin-ratelimit-*} whatever the status; this is that answer detached from the HTTP client. The body is kept
 * as the bytes read and decoded only when asked for as text ({@link #body}): a page of a thousand conversations is
 * cut into records on its bytes ({@link #bytes}), so it is never decoded whole (which, for a page with one
 * non-ASCII character, costs the slow path of the decoder over megabytes).
 */
public final class GenesysResponse {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] bytes;
    private String body;

    /**
     * @param status  HTTP status
     * @param headers response headers, first value per name
     * @param bytes   the body as read (UTF-8), empty when none; not copied, so not to be changed afterwards
     */
    public GenesysResponse(int status, Map<String, String> headers, byte[] bytes) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        this.status = status;
        this.headers = Map.copyOf(lower);
        this.bytes = bytes == null ? new byte[0] : bytes;
    }

    /** An answer with a body given as text. */
    public GenesysResponse(int status, Map<String, String> headers, String body) {
        this(status, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        this.body = body == null ? "" : body;
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
            byte[] body = response.hasEntity() ? bounded(response.readEntity(InputStream.class), maxBodyBytes)
                    : null;
            return new GenesysResponse(response.getStatus(), headers, body);
        }
    }

    static byte[] bounded(InputStream in, int maxBytes) {
        try (in) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new GenesysUnavailableException("body.too.large", "Genesys answered with a body over "
                        + maxBytes + " bytes; it was not read");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status() {
        return status;
    }

    /** Response headers, first value per lower-cased name. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The body as read, UTF-8; empty when none. Not a copy: not to be changed. */
    public byte[] bytes() {
        return bytes;
    }

    /** The body as text, empty when none; decoded once, when first asked for. */
    public synchronized String body() {
        if (body == null) {
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        return body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The body as a JSON object. */
    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new GenesysUnavailableException("malformed.body", "Genesys answered " + status
                    + " with a body that is not a JSON object");
        }
    }

    /** The Genesys error code ({@code code}, or OAuth's {@code error}) of an error body; else the status. */
    public String errorCode() {
        try (JsonReader reader = Json.createReader(new StringReader(body()))) {
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
        return "GenesysResponse[status=" + status + ", bodyBytes=" + bytes.length + "]";
    }
}
