package com.dxp.collector.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.microshed.testing.ManuallyStartedConfiguration;

/**
 * The running server as the integration tests see it: plain HTTP calls (MicroShed's own REST client is built
 * on javax.ws.rs, so it cannot call our Jakarta resources), with the accounts the test server was given.
 */
public final class CollectorApi {

    /** The accounts of the test server; passwords come from failsafe, generated per build. */
    public enum Account {
        ADMIN("admin", System.getProperty("it.admin.password")),
        VIEWER("viewer", System.getProperty("it.viewer.password")),
        NOBODY(null, null);

        final String username;
        final String password;

        Account(String username, String password) {
            this.username = username;
            this.password = password;
        }

        public String username() {
            return username;
        }

        public String password() {
            return password;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CollectorApi() {
    }

    /** {@code http://host:port} of the server, without a trailing slash. */
    public static String root() {
        return ManuallyStartedConfiguration.getRuntimeURL().replaceAll("/+$", "");
    }

    public static HttpResponse<String> get(String path, Account as) throws IOException, InterruptedException {
        return send(request(path, as).GET().build());
    }

    public static HttpResponse<String> postJson(String path, String json, Account as)
            throws IOException, InterruptedException {
        return send(request(path, as).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> putJson(String path, String json, Account as)
            throws IOException, InterruptedException {
        return send(request(path, as).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> delete(String path, Account as) throws IOException, InterruptedException {
        return send(request(path, as).DELETE().build());
    }

    /** A DELETE that may take longer than the 30 s every other call gets: a purge deletes in one request. */
    public static HttpResponse<String> delete(String path, Account as, Duration timeout)
            throws IOException, InterruptedException {
        return send(request(path, as).timeout(timeout).DELETE().build());
    }

    /** Any method, body and content type, for requests the other helpers would not send. */
    public static HttpResponse<String> send(String method, String path, String contentType, String body, Account as)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, as);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A GET over HTTPS on {@code it.https.port}, trusting the test server's self-signed certificate (the one Liberty
     * generates): the caller reads the status, headers and body from the connection and disconnects it.
     */
    public static HttpsURLConnection httpsGet(String path, Account as) throws IOException {
        HttpsURLConnection https = (HttpsURLConnection) URI.create("https://localhost:"
                + System.getProperty("it.https.port") + path).toURL().openConnection();
        https.setSSLSocketFactory(TRUST_THE_TEST_SERVER.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        https.setConnectTimeout(10_000);
        https.setReadTimeout(30_000);
        if (as.username != null) {
            https.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (as.username + ":" + as.password).getBytes(StandardCharsets.UTF_8)));
        }
        return https;
    }

    private static final SSLContext TRUST_THE_TEST_SERVER = trustingEveryCertificate();

    private static SSLContext trustingEveryCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the test server's certificate is self-signed
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A GET to another server than the test server ({@code root} as {@link #root()} gives it). */
    public static HttpResponse<String> get(String root, String path, Account as)
            throws IOException, InterruptedException {
        return send(request(root, path, as).GET().build());
    }

    /** A JSON POST to another server than the test server. */
    public static HttpResponse<String> postJson(String root, String path, String json, Account as)
            throws IOException, InterruptedException {
        return postJson(root, path, json, as, Duration.ofSeconds(30));
    }

    /** A JSON POST to any server that may take longer than the 30 s every other call gets. */
    public static HttpResponse<String> postJson(String root, String path, String json, Account as, Duration timeout)
            throws IOException, InterruptedException {
        return send(request(root, path, as).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpRequest.Builder request(String path, Account as) {
        return request(root(), path, as);
    }

    private static HttpRequest.Builder request(String root, String path, Account as) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(30));
        if (path.startsWith("/api/")) {
            builder.header("Accept", "application/json, application/problem+json");
        }
        if (as.username != null) {
            String token = Base64.getEncoder()
                    .encodeToString((as.username + ":" + as.password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
