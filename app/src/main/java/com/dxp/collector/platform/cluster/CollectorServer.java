package com.dxp.collector.platform.cluster;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collector server sharing the database, as its last heartbeat left it.
 *
 * @param serverId      its name among the servers (`CLUSTER_SERVER_ID`, or its host and Liberty server name)
 * @param batchServerId its name in Liberty's batch job repository (defaultHostName/user dir/server name), unique
 *                      per server; absent when it could not be read
 * @param state         LIVE, STOPPED (on purpose) or DEAD (no heartbeat for `CLUSTER_DEAD_AFTER_SECONDS`)
 * @param self          whether it is the server that answered
 * @param startedAt     when it started
 * @param heartbeatAt   its last heartbeat, in the database's clock
 * @param secondsSince  seconds since that heartbeat, in the database's clock
 * @param stoppedAt     when it stopped on purpose; absent otherwise
 * @param activity      what it was doing at its last heartbeat: its receive loops, its runs, the tenants it enriched
 */
@Schema(description = "A collector server sharing the database, as its last heartbeat left it.")
public record CollectorServer(
        @Schema(description = "Its name among the servers (`CLUSTER_SERVER_ID`, or its host and Liberty server name)",
                example = "collector-a")
        String serverId,
        @Schema(description = "Its name in Liberty's batch job repository (defaultHostName/user directory/server"
                + " name), unique per server; absent when it could not be read",
                example = "collector-a//opt/ol/wlp/usr/defaultServer") String batchServerId,
        @Schema(description = "LIVE, STOPPED (on purpose) or DEAD (no heartbeat for `CLUSTER_DEAD_AFTER_SECONDS`)")
        State state,
        @Schema(description = "Whether it is the server that answered", example = "true") boolean self,
        @Schema(description = "When it started", example = "2026-11-28T06:00:12.804Z") Instant startedAt,
        @Schema(description = "Its last heartbeat, in the database's clock", example = "2026-12-01T09:31:40.002Z")
        Instant heartbeatAt,
        @Schema(description = "Seconds since that heartbeat, in the database's clock", example = "4") long secondsSince,
        @Schema(description = "When it stopped on purpose; absent otherwise", example = "2026-11-28T05:58:47.310Z")
        Instant stoppedAt,
        @Schema(description = "What it was doing at its last heartbeat: `receiveLoops` per queue, `runs` (run id, job,"
                + " tenant) and `enrichment.tenantsLastMinute`, the tenants whose conversations it enriched",
                example = "{\"receiveLoops\": [{\"queue\": \"genesys-events\", \"state\": \"RUNNING\", \"loops\": 4,"
                        + " \"received\": 18230}], \"runs\": [{\"runId\": 1017, \"job\": \"conversationBackfill\","
                        + " \"tenantId\": \"6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10\"}], \"enrichment\":"
                        + " {\"tenantsLastMinute\": [\"6f1c2a9e-3b7d-4c1e-9a2f-5d8e7b6c4a10\"]}}")
        JsonObject activity) {

    /** A server's state as the others see it. */
    public enum State {
        /** Its heartbeat is recent. */
        LIVE,
        /** It said it stopped. */
        STOPPED,
        /** Its heartbeat is too old: it died, or cannot reach the database. */
        DEAD
    }
}
