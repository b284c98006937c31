package com.dxp.collector.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.cluster.ServerRepository.ServerRow;
import com.dxp.collector.platform.schema.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServerRepositoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRegisterBeatAndStopEachServerInTheDatabasesClock(TestDatabase kind) throws Exception {
        try (TestDatabase.Handle db = kind.openMigrated()) {
            ServerRepository servers = new ServerRepository(db.dataSource());
            servers.register("a/collector", null, "{\"receiveLoops\":[]}");
            servers.register("b/collector", null, null);

            assertTrue(servers.heartbeat("a/collector", "{\"receiveLoops\":[1]}"));
            assertFalse(servers.heartbeat("gone/collector", null), "a server without a row registers again");
            servers.stopped("b/collector");

            List<ServerRow> rows = servers.all();
            assertEquals(List.of("a/collector", "b/collector"), rows.stream().map(ServerRow::serverId).toList());
            ServerRow a = rows.get(0);
            assertEquals("{\"receiveLoops\":[1]}", a.activity());
            assertNull(a.stoppedAt());
            assertFalse(a.heartbeatAt().isAfter(a.readAt()), "the heartbeat is in the database's past");
            assertNotNull(rows.get(1).stoppedAt());

            servers.register("b/collector", null, null);
            assertNull(servers.all().get(1).stoppedAt(), "a server started again is running again");
            assertEquals(0, servers.forgetSilentSince(a.readAt().minus(Duration.ofDays(7))));
            assertEquals(2, servers.forgetSilentSince(a.readAt().plus(Duration.ofDays(1))));
            assertTrue(servers.all().isEmpty());
        }
    }
}
