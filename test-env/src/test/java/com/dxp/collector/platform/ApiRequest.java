package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the API as the matrix and fuzz tests build it: any method, any bytes as body (including ones that
 * are not UTF-8), any content type and extra headers; sent by a {@link Caller}. {@link CollectorApi} sends only
 * what its accounts and helpers allow.
 */
record ApiRequest(String method, String path, String contentType, byte[] body, Map<String, String> headers) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PROBLEM = "application/problem+json";

    ApiRequest {
        headers = Map.copyOf(headers);
    }

    static ApiRequest of(String method, String path) {
        return new ApiRequest(method, path, null, null, Map.of());
    }

    ApiRequest json(String text) {
        return body("application/json", text);
    }

    ApiRequest body(String type, String text) {
        return bytes(type, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    ApiRequest bytes(String type, byte[] content) {
        return new ApiRequest(method, path, type, content, headers);
    }

    ApiRequest header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiRequest(method, path, contentType, body, more);
    }

    ApiRequest path(String other) {
        return new ApiRequest(method, other, contentType, body, headers);
    }

    HttpResponse<String> send(Caller caller) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(CollectorApi.root() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, " + PROBLEM);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::setHeader);
        caller.authorize().apply(builder);
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request in a report: method, path, content type and the start of the body. */
    @Override
    public String toString() {
        String text = body == null ? "" : " " + abbreviate(new String(body, StandardCharsets.UTF_8), 120);
        return method + " " + abbreviate(path, 160) + (contentType == null ? "" : " [" + contentType + "]") + text
                + (headers.isEmpty() ? "" : " " + headers.keySet());
    }

    /** An answer in a report: status, content type and the first 300 characters of the body. */
    static String describe(HttpResponse<String> response) {
        return response.statusCode() + " " + mediaType(response).orElse("(no content type)") + " "
                + abbreviate(response.body(), 300);
    }

    static Optional<String> mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").map(type -> type.replaceAll(";.*", "").trim());
    }

    /**
     * What every answer must be: never a 5xx, and a 4xx is an RFC 9457 problem document whose status is the
     * answer's, naming no exception class.
     */
    static void assertWellFormed(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        assertTrue(status < 500, what + " answered " + describe(response));
        if (status >= 400) {
            assertEquals(Optional.of(PROBLEM), mediaType(response), what + " answered " + describe(response));
            JsonObject problem;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                problem = reader.readObject();
            } catch (JsonParsingException e) {
                throw new AssertionError(what + " answered a problem that is no JSON object: " + describe(response),
                        e);
            }
            assertEquals(status, problem.getInt("status", -1), what + " answered " + describe(response));
            assertFalse(response.body().contains("Exception:") || response.body().contains("\tat "),
                    what + " leaks a stack trace: " + describe(response));
        }
    }

    /** Whether {@link #assertWellFormed} would pass, for tests that tell known faults from new ones. */
    static boolean wellFormed(HttpResponse<String> response) {
        try {
            assertWellFormed(response, "");
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** At most {@code max} characters of {@code text}, control, format and surrogate characters escaped. */
    static String abbreviate(String text, int max) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
            out.append(hidden ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return i == text.length() ? out.toString() : out + "... (" + text.length() + " chars)";
    }
}
