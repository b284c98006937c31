package com.dxp.collector.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.cluster.CollectorServer.State;
import com.dxp.collector.platform.cluster.ServerRepository.ServerRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        ServerRow row = new ServerRow("a", null, NOW, NOW, null, "{\"receiveLoops\":[{\"loops\":2}]}", NOW);
        assertEquals(2, ServerMembership.view(row, "a", DEAD_AFTER).activity().getJsonArray("receiveLoops")
                .getJsonObject(0).getInt("loops"));
        ServerRow broken = new ServerRow("a", null, NOW, NOW, null, "{not json", NOW);
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

    @Test
    void shouldFindAnotherLiveServerWithThisServersNameInTheBatchRepository() {
        String batch = LibertyBatchIdentity.of("localhost", "/opt/ol/wlp/usr/", "defaultServer");
        assertEquals("localhost//opt/ol/wlp/usr/defaultServer", batch, "as Liberty joins them");
        List<ServerRow> rows = List.of(
                new ServerRow("pod-0", batch, NOW, NOW.minusSeconds(5), null, null, NOW),
                new ServerRow("pod-1", batch, NOW, NOW.minusSeconds(5), null, null, NOW),
                new ServerRow("pod-2", batch, NOW, NOW.minusSeconds(600), null, null, NOW),
                new ServerRow("pod-3", batch, NOW, NOW, NOW, null, NOW),
                new ServerRow("pod-4", "pod-4//opt/ol/wlp/usr/defaultServer", NOW, NOW, null, null, NOW));

        assertEquals(Optional.of("pod-0"), ServerMembership.sharingBatchIdentity(rows, "pod-1", batch, DEAD_AFTER)
                .map(CollectorServer::serverId), "a live other server with the same name");
        assertEquals(Optional.empty(), ServerMembership.sharingBatchIdentity(rows.subList(1, 5), "pod-1", batch,
                DEAD_AFTER), "its own earlier row, a dead and a stopped server do not count");
        assertEquals(Optional.empty(), ServerMembership.sharingBatchIdentity(rows, "pod-5",
                "pod-5//opt/ol/wlp/usr/defaultServer", DEAD_AFTER), "a server of its own name");
    }

    private static CollectorServer view(Instant heartbeat, Instant stopped) {
        return ServerMembership.view(new ServerRow("a", null, NOW.minusSeconds(7200), heartbeat, stopped, null, NOW), "b",
                DEAD_AFTER);
    }
}
