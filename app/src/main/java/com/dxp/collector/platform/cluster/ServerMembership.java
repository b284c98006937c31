package com.dxp.collector.platform.cluster;

import com.dxp.collector.platform.PeriodicTask;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server among those sharing the database: registered when the application starts, a heartbeat every
 * {@code cluster.heartbeat-seconds} carrying what the features run here, and a stop written when the application
 * stops, so the others know at once. A server whose heartbeat is older than {@code cluster.dead-after-seconds} is
 * dead to the others.
 */
@ApplicationScoped
public class ServerMembership {

    private static final Logger LOG = Logger.getLogger(ServerMembership.class.getName());
    /** Rows of servers not heard of for this long are forgotten. */
    private static final Duration FORGET_AFTER = Duration.ofDays(7);
    /** The most activity JSON kept per heartbeat; more is replaced by a note. */
    static final int MAX_ACTIVITY_CHARS = 32_768;

    @Resource(lookup = "concurrent/collector-scheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ClusterConfig config;

    @Inject
    ServerRepository servers;

    @Inject
    Instance<ServerActivity> activities;

    @Inject
    DatabaseTime time;

    private volatile ServerIdentity identity;
    private volatile boolean left;
    private PeriodicTask heartbeats;

    void joinOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER)
                     @Initialized(ApplicationScoped.class) Object applicationStarted) {
        ServerIdentity self = identity();
        // one read of the others, before this server's row is written: for the name check, the clean-up and the log
        List<ServerRepository.ServerRow> before = servers.all();
        String batchServerId = LibertyBatchIdentity.read().orElse(null);
        if (batchServerId != null) {
            sharingBatchIdentity(before, self.serverId(), batchServerId, config.deadAfter()).ifPresent(other -> {
                throw new IllegalStateException("Server " + self.serverId() + " cannot join: live server "
                        + other.serverId() + " has the same name in Liberty's batch job repository, '"
                        + batchServerId + "' (defaultHostName/user directory/server name), and Liberty fails every"
                        + " running job under its own name when it starts, so the two would fail each other's runs."
                        + " Give each server its own defaultHostName: set the environment variable DEFAULTHOSTNAME"
                        + " (the pod's or machine's name).");
            });
        }
        servers.register(self.serverId(), batchServerId, activity());
        measureDatabaseTime();
        before.stream().findFirst().ifPresent(r -> servers.forgetSilentSince(r.readAt().minus(FORGET_AFTER)));
        heartbeats = PeriodicTask.start(scheduler, config.heartbeat(), config.heartbeat(), LOG,
                "cluster: heartbeat", this::beat);
        long othersLive = before.stream().filter(r -> !r.serverId().equals(self.serverId()))
                .map(r -> view(r, self.serverId(), config.deadAfter()))
                .filter(s -> s.state() == CollectorServer.State.LIVE).count();
        LOG.log(Level.INFO, "cluster: server {0} joined; {1} live server(s) share the database",
                new Object[] {self.serverId(), othersLive + 1});
    }

    @PreDestroy
    void leave() {
        left = true;
        if (heartbeats != null) {
            heartbeats.cancel();
            try {
                servers.stopped(identity().serverId());
                LOG.log(Level.INFO, "cluster: server {0} left", identity().serverId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cluster: could not record the stop of {0}: {1}",
                        new Object[] {identity().serverId(), e.toString()});
            }
        }
    }

    /** This server's id. */
    public String serverId() {
        return identity().serverId();
    }

    /** Every server known to the database, this one included, by id. */
    public List<CollectorServer> servers() {
        String self = serverId();
        return servers.all().stream().map(r -> view(r, self, config.deadAfter())).toList();
    }

    void beat() {
        if (left) {
            // a beat already under way as the application stops: the stop is written, nothing more
            return;
        }
        String self = serverId();
        if (!servers.heartbeat(self, activity())) {
            servers.register(self, null, activity());
        }
        measureDatabaseTime();
    }

    private void measureDatabaseTime() {
        Instant sent = time.localNow();
        Instant database = servers.databaseNow();
        time.observed(database, sent, time.localNow());
    }

    private ServerIdentity identity() {
        ServerIdentity i = identity;
        if (i == null) {
            i = ServerIdentity.resolve(config.serverId(), System::getenv, System::getProperty);
            identity = i;
        }
        return i;
    }

    private String activity() {
        Map<String, Object> now = new LinkedHashMap<>();
        for (ServerActivity a : activities) {
            try {
                now.put(a.name(), a.now());
            } catch (RuntimeException e) {
                now.put(a.name(), "unknown: " + e);
            }
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(now);
            return json.length() <= MAX_ACTIVITY_CHARS ? json
                    : "{\"note\":\"more than " + MAX_ACTIVITY_CHARS + " characters of activity, not kept\"}";
        } catch (Exception e) {
            return "{\"note\":\"activity not written: " + e.getClass().getSimpleName() + "\"}";
        }
    }

    /**
     * Another live server with this server's batch identity, if any: Liberty's start-up recovery of either would fail
     * the other's running jobs. A row of this server's own id is its earlier life, not another server.
     */
    static Optional<CollectorServer> sharingBatchIdentity(List<ServerRepository.ServerRow> rows, String self,
            String batchServerId, Duration deadAfter) {
        return rows.stream().filter(r -> !r.serverId().equals(self) && batchServerId.equals(r.batchServerId()))
                .map(r -> view(r, self, deadAfter)).filter(s -> s.state() == CollectorServer.State.LIVE).findFirst();
    }

    /** A row as the servers see it: stopped when it said so, dead when its heartbeat is older than {@code deadAfter}. */
    static CollectorServer view(ServerRepository.ServerRow r, String self, Duration deadAfter) {
        long since = Math.max(0, Duration.between(r.heartbeatAt(), r.readAt()).toSeconds());
        CollectorServer.State state = r.stoppedAt() != null ? CollectorServer.State.STOPPED
                : since >= deadAfter.toSeconds() ? CollectorServer.State.DEAD : CollectorServer.State.LIVE;
        return new CollectorServer(r.serverId(), r.batchServerId(), state, r.serverId().equals(self), r.startedAt(),
                r.heartbeatAt(), since, r.stoppedAt(), activity(r.activity()));
    }

    private static JsonObject activity(String json) {
        if (json == null || json.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return Json.createObjectBuilder().add("note", "activity not readable").build();
        }
    }
}
