package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static com.dxp.collector.platform.CollectorApi.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The servers sharing the database as the API lists them: the test server is there, live, named after its host and
 * Liberty server, with a recent heartbeat and its receive loops; across a restart it stays one row, started anew.
 */
@MicroShedTest
class ServersIT {

    @Test
    void shouldListThisServerLiveWithItsReceiveLoopsAndKeepItOneRowAcrossARestart() throws Exception {
        JsonObject self = self();
        assertEquals("LIVE", self.getString("state"), self.toString());
        assertTrue(self.getString("serverId").endsWith("/collector"), "host/Liberty server name: " + self);
        assertTrue(self.getJsonNumber("secondsSince").longValue() < 45, self.toString());
        JsonArray loops = self.getJsonObject("activity").getJsonArray("receiveLoops");
        assertTrue(loops.getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getInt("loops") > 0),
                "the receive loops in its heartbeat: " + self);

        TestServer.restart();

        JsonObject again = self();
        assertEquals(self.getString("serverId"), again.getString("serverId"));
        assertEquals("LIVE", again.getString("state"), again.toString());
        assertTrue(Instant.parse(again.getString("startedAt")).isAfter(Instant.parse(self.getString("startedAt"))),
                again.toString());
        assertTrue(!again.containsKey("stoppedAt"), again.toString());
    }

    private static JsonObject self() throws Exception {
        HttpResponse<String> response = get("/api/admin/servers", VIEWER);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> servers = Json.createReader(new StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class);
        List<JsonObject> selves = servers.stream().filter(s -> s.getBoolean("self")).toList();
        assertEquals(1, selves.size(), response.body());
        return selves.get(0);
    }
}
