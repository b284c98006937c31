package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static com.dxp.collector.platform.CollectorApi.get;
import static com.dxp.collector.platform.CollectorApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class HealthIT {

    @Test
    void shouldBeReadyWithTheDatabaseCheckUp() throws Exception {
        HttpResponse<String> response = get("/health/ready", NOBODY);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "database".equals(c.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no database check in " + response.body()));
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").containsKey("schemaVersion"), response.body());
    }

    @Test
    void shouldBeLive() throws Exception {
        HttpResponse<String> response = get("/health/live", NOBODY);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", json(response).getString("status"));
    }
}
