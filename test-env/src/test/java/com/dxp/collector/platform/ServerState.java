package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a refused request must leave as it was: every tenant (all pages), one tenant in full, its backfill and
 * directory-sync runs, and the newest audit entry. Each tenant's {@code health} is left out: it is worked out anew
 * from time to time and is no write. Read as the admin.
 *
 * @param tenants  every tenant as JSON without its health, in the list's order
 * @param tenant   the watched tenant as JSON without its health
 * @param runs     the watched tenant's backfill and directory-sync run lists
 * @param newestAudit id of the newest audit entry, 0 when there is none
 */
record ServerState(List<String> tenants, String tenant, List<String> runs, long newestAudit) {

    /** Audit actions that record a refused attempt rather than a change: a refused request may add them. */
    static final Set<String> REFUSALS = Set.of("login.failed");

    static ServerState read(String tenantId) throws IOException, InterruptedException {
        List<String> tenants = allTenants().stream().map(ServerState::withoutHealth).toList();
        String base = "/api/admin/tenants/" + tenantId;
        List<String> runs = List.of(fetch(base + "/backfills?limit=100").toString(),
                fetch(base + "/directory-syncs?limit=100").toString());
        JsonObject audit = fetch("/api/admin/audit?limit=1");
        long newest = audit.getJsonArray("entries").isEmpty() ? 0
                : audit.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
        return new ServerState(tenants, withoutHealth(fetch(base)), runs, newest);
    }

    /**
     * What changed since {@code before}, one line each: tenants, the watched tenant, its runs, and audit entries
     * added since, but for those that record a refused attempt. Empty when nothing was written.
     */
    List<String> changesSince(ServerState before) throws IOException, InterruptedException {
        List<String> changes = new ArrayList<>();
        if (!tenants.equals(before.tenants)) {
            changes.add("the tenant list changed: " + before.tenants.size() + " -> " + tenants.size() + " tenants");
        }
        if (!tenant.equals(before.tenant)) {
            changes.add("the tenant changed: " + before.tenant + " -> " + tenant);
        }
        if (!runs.equals(before.runs)) {
            changes.add("the tenant's runs changed: " + before.runs + " -> " + runs);
        }
        if (newestAudit != before.newestAudit) {
            JsonObject page = fetch("/api/admin/audit?limit=100");
            for (JsonObject entry : page.getJsonArray("entries").getValuesAs(JsonObject.class)) {
                if (entry.getJsonNumber("id").longValue() > before.newestAudit
                        && !REFUSALS.contains(entry.getString("action", ""))) {
                    changes.add("audit entry written: " + entry);
                }
            }
        }
        return changes;
    }

    /** The ids of the tenants whose names begin with {@code prefix}, for a test to purge what it made. */
    static List<String> tenantIdsNamed(String prefix) throws IOException, InterruptedException {
        return allTenants().stream().filter(t -> t.getString("name").startsWith(prefix))
                .map(t -> t.getString("id")).toList();
    }

    /** Every tenant, page by page. */
    private static List<JsonObject> allTenants() throws IOException, InterruptedException {
        List<JsonObject> tenants = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = fetch("/api/admin/tenants?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            tenants.addAll(page.getJsonArray("tenants").getValuesAs(JsonObject.class));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        return tenants;
    }

    private static JsonObject fetch(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = CollectorApi.get(path, Account.ADMIN);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return CollectorApi.json(response);
    }

    private static String withoutHealth(JsonObject tenant) {
        JsonObject copy = jakarta.json.Json.createObjectBuilder(tenant).remove("health").build();
        return ((JsonValue) copy).toString();
    }
}
