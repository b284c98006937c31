package com.dxp.collector.tenant;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.tenant.TenantApi.BASE;
import static com.dxp.collector.tenant.TenantApi.call;
import static com.dxp.collector.tenant.TenantApi.create;
import static com.dxp.collector.tenant.TenantApi.get;
import static com.dxp.collector.tenant.TenantApi.newSecret;
import static com.dxp.collector.tenant.TenantApi.newTenantJson;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The tenant admin API against the running server: the life of a tenant, paging, the audit trail, and that a
 * client secret never comes back in an answer, never reaches the logs, and is not in the database in plaintext.
 * Credential replacement and verification need the Genesys credential verifier and are unit-tested.
 */
@MicroShedTest
class TenantAdminIT {

    @Test
    void shouldAddReadChangeDisableAndPurgeATenant() throws Exception {
        String name = "Acme " + UUID.randomUUID();
        String secret = newSecret();
        HttpResponse<String> created = call("POST", BASE, null, "{\"name\":\"  " + name + " \","
                + "\"apiBaseUrl\":\"http://127.0.0.1:9/\",\"clientId\":\"client-acme\",\"clientSecret\":\"" + secret
                + "\",\"eventBridge\":{\"awsAccountId\":\"123456789012\",\"awsRegion\":\"eu-central-1\","
                + "\"eventSourceSuffix\":\"acme-events\"}}", ADMIN);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject tenant = json(created);
        String id = tenant.getString("id");
        String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        assertEquals(BASE + "/" + id, path);
        assertEquals(name, tenant.getString("name"));
        assertEquals("http://127.0.0.1:9", tenant.getString("apiBaseUrl"));
        assertEquals("http://127.0.0.1:9", tenant.getString("loginBaseUrl"), "login defaults to the API base URL");
        assertTrue(tenant.getBoolean("enabled"));
        assertEquals("NEW", tenant.getString("state"));
        assertEquals("client-acme", tenant.getJsonObject("credential").getString("clientId"));
        assertTrue(tenant.getJsonObject("credential").getBoolean("secretSet"));
        assertEquals("ACTIVE", tenant.getJsonObject("credential").getString("status"));
        assertEquals("123456789012", tenant.getJsonObject("eventBridge").getString("awsAccountId"));
        assertFalse(created.body().toLowerCase().contains("clientsecret"), created.body());

        JsonObject read = json(get(path, VIEWER));
        assertEquals(tenant.getJsonNumber("version"), read.getJsonNumber("version"));
        assertEquals(name, read.getString("name"));

        HttpResponse<String> updated = call("PUT", path, null, "{\"version\":" + read.getJsonNumber("version")
                + ",\"name\":\"" + name + " renamed\",\"region\":\"mypurecloud.de\",\"enabled\":true}", ADMIN);
        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject after = json(updated);
        assertEquals(read.getJsonNumber("version").longValue() + 1, after.getJsonNumber("version").longValue());
        assertEquals("mypurecloud.de", after.getString("region"));
        assertEquals("https://api.mypurecloud.de", after.getString("apiBaseUrl"));
        assertEquals("https://login.mypurecloud.de", after.getString("loginBaseUrl"));
        assertFalse(after.containsKey("eventBridge"), "a PUT without eventBridge removes it");
        assertEquals("client-acme", after.getJsonObject("credential").getString("clientId"), "credentials stay");

        HttpResponse<String> stale = call("PUT", path, null, "{\"version\":" + read.getJsonNumber("version")
                + ",\"name\":\"" + name + " again\",\"region\":\"mypurecloud.de\",\"enabled\":true}", ADMIN);
        assertEquals(409, stale.statusCode(), stale.body());

        HttpResponse<String> disabled = call("DELETE", path, null, null, ADMIN);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertFalse(json(disabled).getBoolean("enabled"));
        assertEquals("DISABLED", json(disabled).getString("state"));
        assertEquals("DISABLED", json(get(path, ADMIN)).getString("state"), "soft delete keeps the tenant");
        assertTrue(ids(BASE + "?enabled=false&limit=200").contains(id));
        assertFalse(ids(BASE + "?enabled=true&limit=200").contains(id));
        assertTrue(ids(BASE + "?state=DISABLED&limit=200").contains(id));
        assertTrue(ids(BASE + "?state=disabled&limit=200").contains(id), "a state filter in any case");
        HttpResponse<String> imported = call("POST", path + "/conversation-imports", "application/json", "[]", ADMIN);
        assertEquals(409, imported.statusCode(), "nothing is imported for a disabled tenant: " + imported.body());

        HttpResponse<String> purged = call("DELETE", path + "?purge=true", null, null, ADMIN);
        assertEquals(202, purged.statusCode(), purged.body());
        assertEquals(path + "/purge", purged.headers().firstValue("Location").orElse(""));
        assertEquals(id, json(purged).getString("tenantId"));
        assertEquals("COMPLETED", VerifiedTenant.awaitPurged(id, Duration.ofMinutes(1)).getString("status"));
        assertEquals(404, get(path, ADMIN).statusCode());
        assertFalse(ids(BASE + "?limit=200").contains(id));
    }

    @Test
    void shouldRefuseASecondTenantOfTheSameNameInAnyCase() throws Exception {
        String name = "Globex " + UUID.randomUUID();
        create(newTenantJson(name, "client-globex", newSecret()));
        List<String> before = TenantApi.snapshot();

        HttpResponse<String> duplicate = call("POST", BASE, null,
                newTenantJson(" " + name.toUpperCase() + " ", "client-other", newSecret()), ADMIN);

        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertEquals("application/problem+json", duplicate.headers().firstValue("Content-Type").orElse(""));
        assertTrue(json(duplicate).getString("detail").contains(name), duplicate.body());
        assertEquals(before, TenantApi.snapshot());
    }

    @Test
    void shouldPageThroughEveryTenantByNameWithoutGapsOrRepeats() throws Exception {
        String prefix = "page-" + UUID.randomUUID() + "-";
        for (int i = 0; i < 5; i++) {
            create(newTenantJson(prefix + i, "client-" + i, newSecret()));
        }
        Set<String> all = new HashSet<>(ids(BASE + "?limit=200"));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = json(get(BASE + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), VIEWER));
            page.getJsonArray("tenants").getValuesAs(JsonObject.class).forEach(t -> paged.add(t.getString("id")));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 500);

        assertEquals(paged.size(), new HashSet<>(paged).size(), "no tenant twice");
        assertTrue(new HashSet<>(paged).containsAll(all), "every tenant once");
    }

    @Test
    void shouldAuditEveryChangeWithTheCallerAndWithoutTheSecret() throws Exception {
        String secret = newSecret();
        JsonObject tenant = create(newTenantJson("Initech " + UUID.randomUUID(), "client-initech", secret));
        String path = BASE + "/" + tenant.getString("id");
        call("PUT", path, null, "{\"version\":" + tenant.getJsonNumber("version") + ",\"name\":\""
                + tenant.getString("name") + "\",\"apiBaseUrl\":\"http://127.0.0.1:2\",\"enabled\":true}", ADMIN);
        call("DELETE", path, null, null, ADMIN);

        HttpResponse<String> trail = get("/api/admin/audit?tenantId=" + tenant.getString("id"), VIEWER);

        assertEquals(200, trail.statusCode(), trail.body());
        List<JsonObject> entries = json(trail).getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(List.of("tenant.disabled", "tenant.updated", "tenant.created"),
                entries.stream().map(e -> e.getString("action")).toList());
        entries.forEach(e -> assertEquals("admin", e.getString("actor")));
        assertTrue(entries.get(2).getString("detail").contains("client-initech"), entries.get(2).toString());
        assertFalse(trail.body().contains(secret));
    }

    @Test
    void shouldKeepTheSecretOutOfTheDatabaseFileInPlaintext() throws Exception {
        assumeTrue("h2".equals(System.getProperty("it.db.kind", "h2")), "the file check is for embedded H2");
        String secret = newSecret();
        String clientId = "client-" + UUID.randomUUID();
        create(newTenantJson("Umbrella " + UUID.randomUUID(), clientId, secret));
        Path data = Path.of(System.getProperty("it.server.data.dir"));

        // the client id is stored in clear: once it is in the file, the row is, so the secret's absence means something
        await("tenant row written to the H2 file").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> filesContain(data, ".mv.db", clientId));

        assertFalse(filesContain(data, "", secret), "a client secret is in plaintext in " + data);
    }

    /** After every test of this class: no secret any of them sent is in any server log file. */
    @AfterAll
    static void shouldNeverLogASecret() throws IOException {
        Path logs = Path.of(System.getProperty("it.server.logs.dir"));
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("it.server.messages.log"))), "no messages.log");
        assertFalse(TenantApi.SECRETS.isEmpty());
        for (String secret : TenantApi.SECRETS) {
            assertFalse(filesContain(logs, "", secret), "a client secret is in the server logs under " + logs);
        }
    }

    private static List<String> ids(String path) throws Exception {
        HttpResponse<String> response = get(path, ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id")).toList();
    }

    private static boolean filesContain(Path dir, String suffix, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .anyMatch(p -> {
                        try {
                            return contains(p, needle);
                        } catch (NoSuchFileException e) {
                            return false; // a temporary file that went away while we looked
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    /** Streams the file in 1 MiB windows (a database file can outgrow any array), overlapping by the needle. */
    private static boolean contains(Path file, byte[] needle) throws IOException {
        byte[] window = new byte[1 << 20];
        int carried = 0;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(window, carried, window.length - carried)) > 0) {
                int end = carried + read;
                if (indexOf(window, end, needle) >= 0) {
                    return true;
                }
                carried = Math.min(needle.length - 1, end);
                System.arraycopy(window, end - carried, window, 0, carried);
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
