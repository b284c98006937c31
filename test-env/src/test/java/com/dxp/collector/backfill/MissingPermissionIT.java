package com.dxp.collector.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A tenant whose OAuth client lacks the required permissions (its verification said so) gets no backfill and no
 * directory sync: the request is refused with a 409 that names the permissions to grant, and no run is recorded.
 */
@MicroShedTest
class MissingPermissionIT {

    static String tenant;

    @BeforeAll
    static void tenantWithoutPermissions() throws Exception {
        tenant = VerifiedTenant.unverified("Unpermitted", SimulatorForIts.NOTHING);
        HttpResponse<String> verified = CollectorApi.postJson("/api/admin/tenants/" + tenant + "/verify", "",
                Account.ADMIN);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("MISSING_REQUIRED_PERMISSIONS", CollectorApi.json(verified).getString("outcome"),
                verified.body());
    }

    @AfterAll
    static void purge() throws Exception {
        VerifiedTenant.purge(tenant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"backfills, analytics:conversationDetail:view", "directory-syncs, directory:user:view"})
    void shouldRefuseToStartARunNamingTheMissingPermission(String runs, String permission) throws Exception {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String path = "/api/admin/tenants/" + tenant + "/" + runs;

        HttpResponse<String> refused = CollectorApi.postJson(path, "{\"from\":\"" + today.minus(Duration.ofDays(2))
                + "\",\"to\":\"" + today + "\"}", Account.ADMIN);

        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        String detail = CollectorApi.json(refused).getString("detail");
        assertTrue(detail.contains(permission) && detail.contains("verify again"), detail);
        HttpResponse<String> listed = CollectorApi.get(path, Account.ADMIN);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(0, CollectorApi.json(listed).getJsonArray("runs").size(), listed.body());
    }
}
