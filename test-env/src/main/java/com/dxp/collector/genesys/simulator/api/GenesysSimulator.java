package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Genesys Cloud REST API on 127.0.0.1 for one or more simulated orgs, close enough to the real service that the
 * collector can be pointed at it unchanged: OAuth client credentials, permissions, rate limits, analytics details
 * (query, jobs, GETs), directory and optional endpoints, plus injectable faults and a request log through
 * {@link #control()}. Time is read from the given {@link Clock}, so tests move it instead of waiting.
 *
 * <pre>{@code
 * try (GenesysSimulator sim = GenesysSimulator.builder().org(org).clock(clock).build().start()) {
 *     URI api = sim.baseUri();
 * }
 * }</pre>
 */
public final class GenesysSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GenesysSimulator.class.getName());
    private static final int QUEUE_CAPACITY = 256;

    private final List<SimulatedOrg> orgs;
    private final SimulatorSettings settings;
    private final Clock clock;
    private final int requestedPort;
    private final int workerThreads;
    private final TokenRegistry tokens;
    private final FaultInjector faults;
    private final RequestLog requestLog = new RequestLog();
    private final SimulatorControl control;
    private final RemovedUsers removedUsers = new RemovedUsers();
    private final RemovedReferenceData removedReferenceData = new RemovedReferenceData();
    private final LateCompletions lateCompletions = new LateCompletions();
    private final SlowJobs slowJobs = new SlowJobs();
    private final RateLimiter rateLimiter;
    private HttpServer server;
    private ThreadPoolExecutor executor;
    private ScheduledExecutorService scheduler;
    private ApiDispatcher dispatcher;

    private GenesysSimulator(Builder builder) {
        this.orgs = List.copyOf(builder.orgs);
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.requestedPort = builder.port;
        this.workerThreads = builder.workerThreads;
        this.tokens = new TokenRegistry(orgs);
        this.faults = new FaultInjector(builder.faultSeed);
        this.rateLimiter = new RateLimiter(settings.requestsPerMinute());
        this.control = new SimulatorControl(tokens, faults, requestLog, removedUsers, removedReferenceData,
                lateCompletions, rateLimiter, slowJobs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving; returns this for chaining. */
    public synchronized GenesysSimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        executor = new ThreadPoolExecutor(workerThreads, workerThreads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), threads("genesys-sim-worker"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        scheduler = Executors.newSingleThreadScheduledExecutor(threads("genesys-sim-scheduler"));
        dispatcher = new ApiDispatcher(apiRoutes(), controlRoutes(), tokens, rateLimiter, faults, requestLog, clock,
                settings, executor, scheduler);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
        } catch (IOException e) {
            executor.shutdownNow();
            scheduler.shutdownNow();
            throw new UncheckedIOException("cannot bind the Genesys simulator to port " + requestedPort, e);
        }
        server.createContext("/", dispatcher);
        server.setExecutor(executor);
        server.start();
        LOG.log(Level.INFO, "Genesys simulator serving {0} org(s) at {1}", new Object[] {orgs.size(), baseUri()});
        return this;
    }

    /** Stops serving and drops requests still held by faults. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        dispatcher.releaseHeld();
        server.stop(0);
        scheduler.shutdownNow();
        executor.shutdownNow();
        server = null;
        LOG.info("Genesys simulator stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** The bound port (the ephemeral one when built with port 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: both the API host and the login host of the simulated region. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public SimulatorControl control() {
        return control;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    private Router apiRoutes() {
        OAuthEndpoint oauth = new OAuthEndpoint(tokens, settings);
        OrganizationEndpoints organization = new OrganizationEndpoints(settings, rateLimiter);
        DetailsQueryEndpoint details = new DetailsQueryEndpoint(settings, lateCompletions);
        ConversationJobs jobs = new ConversationJobs(settings, slowJobs);
        DirectoryEndpoints directory = new DirectoryEndpoints(settings, removedUsers, removedReferenceData);
        OptionalEndpoints optional = new OptionalEndpoints(removedReferenceData, removedUsers);
        String jobsPath = "/api/v2/analytics/conversations/details/jobs";
        return new Router()
                .add("POST", "/oauth/token", oauth)
                .add("GET", "/api/v2/organizations/me", organization::me)
                .add("GET", "/api/v2/organizations/limits/namespaces/{namespace}", organization::limits)
                .add("POST", "/api/v2/analytics/conversations/details/query", details::query)
                .add("GET", "/api/v2/analytics/conversations/details", details::batch)
                .add("GET", "/api/v2/analytics/conversations/{conversationId}/details", details::single)
                .add("POST", jobsPath, jobs::submit)
                .add("GET", jobsPath + "/availability", jobs::availability)
                .add("GET", jobsPath + "/{jobId}", jobs::status)
                .add("DELETE", jobsPath + "/{jobId}", jobs::cancel)
                .add("GET", jobsPath + "/{jobId}/results", jobs::results)
                .add("GET", "/api/v2/users", directory::users)
                .add("GET", "/api/v2/groups", directory::groups)
                .add("GET", "/api/v2/groups/{groupId}/members", directory::members)
                .add("GET", "/api/v2/flows", optional::flows)
                .add("GET", "/api/v2/teams", optional::teams)
                .add("GET", "/api/v2/teams/{teamId}/members", optional::teamMembers)
                .add("GET", "/api/v2/routing/skills", optional::skills)
                .add("GET", "/api/v2/journey/segments", optional::segments)
                .add("GET", "/api/v2/journey/sessions/{sessionId}", optional::journeySession)
                .add("POST", "/api/v2/conversations/participants/attributes/search", optional::participantAttributes);
    }

    private Router controlRoutes() {
        Router router = new Router();
        new ControlEndpoint(control).register(router);
        return router;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a simulator; orgs are required, the rest has defaults (real settings, UTC clock, ephemeral port). */
    public static final class Builder {

        private final List<SimulatedOrg> orgs = new ArrayList<>();
        private SimulatorSettings settings = SimulatorSettings.defaults();
        private Clock clock = Clock.systemUTC();
        private int port;
        private long faultSeed = 42;
        private int workerThreads = 16;

        private Builder() {
        }

        public Builder org(SimulatedOrg org) {
            orgs.add(Objects.requireNonNull(org, "org"));
            return this;
        }

        public Builder orgs(Iterable<SimulatedOrg> more) {
            more.forEach(this::org);
            return this;
        }

        public Builder settings(SimulatorSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The port to bind on 127.0.0.1; 0 (the default) for an ephemeral one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port out of range");
            }
            this.port = value;
            return this;
        }

        /** Seed of the fault injector's random choices. */
        public Builder faultSeed(long value) {
            this.faultSeed = value;
            return this;
        }

        /** Size of the bounded worker pool (default 16). */
        public Builder workerThreads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("workerThreads must be positive");
            }
            this.workerThreads = value;
            return this;
        }

        public GenesysSimulator build() {
            if (orgs.isEmpty()) {
                throw new IllegalStateException("at least one org is required");
            }
            return new GenesysSimulator(this);
        }
    }
}
