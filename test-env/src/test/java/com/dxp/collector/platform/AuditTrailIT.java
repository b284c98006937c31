package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static com.dxp.collector.platform.CollectorApi.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class AuditTrailIT {

    @Test
    void shouldRecordANoteWithItsAuthorAndTenant() throws Exception {
        UUID tenant = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);

        HttpResponse<String> created = postJson("/api/admin/audit/notes",
                "{\"text\":\"paused backfill\",\"tenantId\":\"" + tenant + "\"}", ADMIN);

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject entry = json(get(URI.create(location).getPath(), VIEWER));
        assertEquals("admin", entry.getString("actor"));
        assertEquals("note.added", entry.getString("action"));
        assertEquals("paused backfill", entry.getString("detail"));
        assertEquals(tenant.toString(), entry.getString("tenantId"));
        assertFalse(Instant.parse(entry.getString("occurredAt")).isBefore(before), entry.toString());
        assertEquals(created.headers().firstValue("X-Correlation-Id").orElseThrow(), entry.getString("correlationId"));
    }

    @Test
    void shouldPageATenantsEntriesNewestFirstWithoutGapsOrRepeats() throws Exception {
        UUID tenant = UUID.randomUUID();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String text = "note " + i;
            assertEquals(201, postJson("/api/admin/audit/notes",
                    "{\"text\":\"" + text + "\",\"tenantId\":\"" + tenant + "\"}", ADMIN).statusCode());
            written.add(0, text);
        }

        List<String> read = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = json(get("/api/admin/audit?limit=2&tenantId=" + tenant
                    + (cursor == null ? "" : "&cursor=" + cursor), VIEWER));
            page.getJsonArray("entries").getValuesAs(JsonObject.class).forEach(e -> read.add(e.getString("detail")));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 10);

        assertEquals(written, read);
        assertTrue(pages <= 4, "pages: " + pages);
    }
}
