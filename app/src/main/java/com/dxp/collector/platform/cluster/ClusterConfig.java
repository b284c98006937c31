package com.dxp.collector.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of running several servers on one database. Defaults in
 * {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class ClusterConfig {

    /**
     * This server's name among the servers sharing the database; unset, the host name and the Liberty server's name.
     * Two running servers must never share one.
     */
    @Inject
    @ConfigProperty(name = "cluster.server-id")
    Optional<String> serverId;

    /** Seconds between two heartbeats of this server. */
    @Inject
    @ConfigProperty(name = "cluster.heartbeat-seconds")
    int heartbeatSeconds;

    /** Seconds without a heartbeat after which a server is taken for dead and its work may move. */
    @Inject
    @ConfigProperty(name = "cluster.dead-after-seconds")
    int deadAfterSeconds;

    public Optional<String> serverId() {
        return serverId.map(String::strip).filter(s -> !s.isEmpty());
    }

    public Duration heartbeat() {
        return Duration.ofSeconds(Math.max(1, heartbeatSeconds));
    }

    /** At least three heartbeats, so one slow heartbeat never makes a live server dead. */
    public Duration deadAfter() {
        return Duration.ofSeconds(Math.max(deadAfterSeconds, 3L * heartbeat().toSeconds()));
    }
}
