package com.dxp.collector.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.cluster.CollectorServer.State;
import com.dxp.collector.platform.cluster.ServerRepository.ServerRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerMembershipTest {

    private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");
    private static final Duration DEAD_AFTER = Duration.ofSeconds(45);

    @Test
    void shouldCallAServerLiveUntilItsHeartbeatIsOlderThanTheLimit() {
        assertEquals(State.LIVE, view(NOW.minusSeconds(44), null).state());
        assertEquals(State.DEAD, view(NOW.minusSeconds(45), null).state());
        assertEquals(44, view(NOW.minusSeconds(44), null).secondsSince());
    }

    @Test
    void shouldCallAServerThatSaidSoStoppedWhateverItsHeartbeat() {
        assertEquals(State.STOPPED, view(NOW, NOW).state());
        assertEquals(State.STOPPED, view(NOW.minusSeconds(3600), NOW.minusSeconds(3600)).state());
    }

    @Test
    void shouldShowTheActivityAsJsonAndSurviveOneThatIsNot() {
        ServerRow row = new ServerRow("a", NOW, NOW, null, "{\"receiveLoops\":[{\"loops\":2}]}", NOW);
        assertEquals(2, ServerMembership.view(row, "a", DEAD_AFTER).activity().getJsonArray("receiveLoops")
                .getJsonObject(0).getInt("loops"));
        ServerRow broken = new ServerRow("a", NOW, NOW, null, "{not json", NOW);
        assertTrue(ServerMembership.view(broken, "a", DEAD_AFTER).activity().containsKey("note"));
        assertTrue(ServerMembership.view(row, "a", DEAD_AFTER).self());
        assertFalse(ServerMembership.view(row, "b", DEAD_AFTER).self());
    }

    @Test
    void shouldTakeTheConfiguredIdElseTheHostAndLibertyServerName() {
        assertEquals("collector-a", ServerIdentity.resolve(Optional.of("collector-a"), k -> null, k -> null)
                .serverId());
        Map<String, String> env = Map.of("HOSTNAME", "Pod-7f9c");
        Map<String, String> props = Map.of("wlp.server.name", "collector");
        assertEquals("pod-7f9c/collector", ServerIdentity.resolve(Optional.empty(), env::get, props::get)
                .serverId());
        assertThrows(IllegalStateException.class, () -> ServerIdentity.resolve(Optional.of("x".repeat(201)),
                k -> null, k -> null));
    }

    private static CollectorServer view(Instant heartbeat, Instant stopped) {
        return ServerMembership.view(new ServerRow("a", NOW.minusSeconds(7200), heartbeat, stopped, null, NOW), "b",
                DEAD_AFTER);
    }
}
