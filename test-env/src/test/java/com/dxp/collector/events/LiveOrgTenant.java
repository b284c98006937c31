package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * The tenant of the simulator's second org, which only the live events tests use: created and verified (so its
 * Genesys org id routes events to it), then purged, since an org belongs to one tenant at a time.
 */
final class LiveOrgTenant {

    private LiveOrgTenant() {
    }

    /** A new verified tenant of the live org; its id. */
    static String createVerified(String namePrefix) throws Exception {
        HttpResponse<String> created = CollectorApi.postJson("/api/admin/tenants", "{\"name\":\"" + namePrefix + "-"
                + UUID.randomUUID() + "\",\"apiBaseUrl\":\"" + SimulatorForIts.start().baseUri()
                + "\",\"clientId\":\"" + SimulatorForIts.LIVE + "\",\"clientSecret\":\""
                + SimulatorForIts.secretOf(SimulatorForIts.LIVE) + "\"}", Account.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        String id = CollectorApi.json(created).getString("id");
        HttpResponse<String> verified = CollectorApi.postJson("/api/admin/tenants/" + id + "/verify", "",
                Account.ADMIN);
        assertEquals("VERIFIED", CollectorApi.json(verified).getString("outcome"), verified.body());
        return id;
    }

    /** Disables and purges the tenant with everything stored for it. */
    static void purge(String id) throws Exception {
        CollectorApi.delete("/api/admin/tenants/" + id, Account.ADMIN);
        CollectorApi.delete("/api/admin/tenants/" + id + "?purge=true", Account.ADMIN);
    }
}
