package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.OrgSpec;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The simulator's live mode: as the clock moves on, each org emits what a real org would have sent to
 * EventBridge in that time. On every tick it publishes a {@code customer.end} for each conversation whose
 * customer left since the previous tick (each exactly once), a token event for each agent login that fell in
 * that time (a seeded share of the agents logs in once per period, at seeded moments), and now and then an
 * operational event. Everything is a function of the org seeds and the clock, so a test clock gives the same
 * events on every run. A wild org's events go out as {@link WildEvents} makes them.
 *
 * <p>A tick whose delivery fails is retried whole on the next tick (at least once, as EventBridge does), so
 * after a failure some events can arrive twice.
 */
public final class LiveEventStream implements AutoCloseable {

    /** What the stream has done so far; {@code muted}: events not published because their topic was muted. */
    public record Counters(long ticks, long customerEnds, long userTokens, long operationalEvents,
                           long failedOrgTicks, long muted) {
    }

    private static final Logger LOG = Logger.getLogger(LiveEventStream.class.getName());
    private static final Duration OPERATIONAL_CONVERSATION_WINDOW = Duration.ofMinutes(15);

    private final List<SimulatedOrg> orgs;
    private final EventSink sink;
    private final LiveStreamSettings settings;
    private final Clock clock;

    private final ReentrantLock tickLock = new ReentrantLock();
    /** Per org, the end of the time already published; guarded by tickLock. */
    private final Map<UUID, Instant> publishedUpTo = new HashMap<>();
    /** Per org, the conversations generated but not yet published as ended; guarded by tickLock. */
    private final Map<UUID, Running> running = new HashMap<>();

    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong customerEnds = new AtomicLong();
    private final AtomicLong userTokens = new AtomicLong();
    private final AtomicLong operationalEvents = new AtomicLong();
    private final AtomicLong failedOrgTicks = new AtomicLong();
    private final AtomicLong mutedEvents = new AtomicLong();
    /** Per org, the topics whose events are not published, as when its EventBridge integration lost them. */
    private final Map<UUID, Set<EventTopic>> muted = new ConcurrentHashMap<>();

    /** Guarded by this. */
    private ScheduledExecutorService executor;

    /**
     * A stream that publishes what happens after now (the clock's instant at construction).
     *
     * @param orgs     the simulated orgs
     * @param sink     where events go, usually an {@link EventBridgePublisher}
     * @param settings timing and rates
     * @param clock    the simulated time
     */
    public LiveEventStream(List<SimulatedOrg> orgs, EventSink sink, LiveStreamSettings settings, Clock clock) {
        this.orgs = List.copyOf(orgs);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant();
        for (SimulatedOrg org : this.orgs) {
            publishedUpTo.put(org.spec().orgId(), now);
        }
    }

    /** Starts ticking every {@link LiveStreamSettings#tickInterval()} on a thread of its own. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("already started");
        }
        // One periodic task with a fixed delay: ticks never overlap or pile up, so the executor's queue holds
        // at most that one task.
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-event-stream");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::scheduledTick, millis, millis, TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "Live event stream started for {0} orgs, tick {1}",
                new Object[] {orgs.size(), settings.tickInterval()});
    }

    /**
     * Stops ticking; waits up to {@link LiveStreamSettings#stopTimeout()} for a running tick to finish.
     *
     * @return true when stopped cleanly, false when the running tick had to be interrupted
     */
    public boolean stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running == null) {
            return true;
        }
        running.shutdown();
        boolean clean;
        try {
            clean = running.awaitTermination(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clean = false;
        }
        if (!clean) {
            running.shutdownNow();
            LOG.log(Level.WARNING, "Live event stream: a tick was still running after {0}; interrupted it",
                    settings.stopTimeout());
        }
        LOG.log(Level.INFO, "Live event stream stopped: {0}", counters());
        return clean;
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether the stream is ticking. */
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Runs one tick now, on the caller's thread (never at the same time as a scheduled one). */
    public Counters tick() {
        tickLock.lock();
        try {
            Instant now = clock.instant();
            for (SimulatedOrg org : orgs) {
                tickOrg(org, now);
            }
            ticks.incrementAndGet();
        } finally {
            tickLock.unlock();
        }
        return counters();
    }

    /**
     * Stops publishing the org's events of these topics (all topics when none is named), as a deleted or disabled
     * EventBridge integration, or one that lost a topic, would: the org's conversations go on, their events are
     * dropped. Takes effect from the next tick.
     */
    public void mute(UUID orgId, EventTopic... topics) {
        muted.put(orgId, topics.length == 0 ? EnumSet.allOf(EventTopic.class) : EnumSet.copyOf(List.of(topics)));
    }

    /** Publishes the org's events of every topic again (what happened while muted stays unpublished). */
    public void unmute(UUID orgId) {
        muted.remove(orgId);
    }

    public Counters counters() {
        return new Counters(ticks.get(), customerEnds.get(), userTokens.get(), operationalEvents.get(),
                failedOrgTicks.get(), mutedEvents.get());
    }

    private void scheduledTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // an exception would cancel the periodic task for good
            LOG.log(Level.WARNING, "Live event stream tick failed", e);
        }
    }

    private void tickOrg(SimulatedOrg org, Instant now) {
        UUID orgId = org.spec().orgId();
        Instant from = publishedUpTo.get(orgId);
        if (!now.isAfter(from)) {
            return;
        }
        Buffer buffer = new Buffer(org.spec());
        try {
            customerEnds(org, from, now, buffer);
            logins(org, from, now, buffer);
            operationalEvents(org, from, now, buffer);
            buffer.flush();
            publishedUpTo.put(orgId, now);
            published(orgId, now);
        } catch (RuntimeException e) {
            failedOrgTicks.incrementAndGet();
            LOG.log(Level.WARNING, e, () -> "Live event stream: publishing (" + from + ", " + now + "] of org "
                    + orgId + " failed; retrying on the next tick");
        }
    }

    private void customerEnds(SimulatedOrg org, Instant from, Instant now, Buffer buffer) {
        UUID orgId = org.spec().orgId();
        NavigableMap<EndKey, SimConversation> due = running(org, from, now)
                .headMap(new EndKey(now.plusMillis(1), ""), false);
        for (Map.Entry<EndKey, SimConversation> ending : due.entrySet()) {
            if (ending.getKey().customerEnd().isAfter(from)) {
                buffer.add(GenesysEvents.customerEnd(orgId, ending.getValue()));
            }
        }
    }

    /**
     * The org's conversations whose customer had not left by the last published instant, by customer end. Only
     * conversations that started since the previous tick are generated anew; the first tick looks back
     * {@link LiveStreamSettings#maxConversationDuration()}, since a customer leaving now joined at most that long
     * ago. Naturally bounded by the conversations in progress.
     */
    private NavigableMap<EndKey, SimConversation> running(SimulatedOrg org, Instant from, Instant now) {
        Running state = running.computeIfAbsent(org.spec().orgId(),
                id -> new Running(from.minus(settings.maxConversationDuration())));
        Instant scanTo = now.plusMillis(1);
        if (scanTo.isAfter(state.scannedUpTo)) {
            try (Stream<SimConversation> started = org.conversations().startingBetween(state.scannedUpTo, scanTo,
                    now)) {
                started.filter(c -> c.customerEnd().isAfter(from))
                        .forEach(c -> state.byEnd.put(new EndKey(c.customerEnd(), c.conversationId()), c));
            }
            state.scannedUpTo = scanTo;
        }
        return state.byEnd;
    }

    /** Forgets conversations whose customer end has been published. */
    private void published(UUID orgId, Instant upTo) {
        Running state = running.get(orgId);
        if (state != null) {
            state.byEnd.headMap(new EndKey(upTo.plusMillis(1), ""), false).clear();
        }
    }

    /** Orders conversations by customer end, then id, so events go out in a repeatable order. */
    private record EndKey(Instant customerEnd, String conversationId) implements Comparable<EndKey> {
        @Override
        public int compareTo(EndKey other) {
            int byTime = customerEnd.compareTo(other.customerEnd);
            return byTime != 0 ? byTime : conversationId.compareTo(other.conversationId);
        }
    }

    /** Per org: how far conversation starts have been generated, and those whose customer is still there. */
    private static final class Running {
        private Instant scannedUpTo;
        private final NavigableMap<EndKey, SimConversation> byEnd = new TreeMap<>();

        Running(Instant scannedFrom) {
            this.scannedUpTo = scannedFrom;
        }
    }

    private void logins(SimulatedOrg org, Instant from, Instant now, Buffer buffer) {
        if (settings.loggedInAgentFraction() == 0) {
            return;
        }
        long seed = org.spec().seed();
        long period = settings.agentLoginEvery().toMillis();
        String clientId = SeededIds.derive(seed, "desktop-client").toString();
        for (String agentId : org.directory().agentIds()) {
            if (SeededIds.fraction(seed, "logs-in", agentId) >= settings.loggedInAgentFraction()) {
                continue;
            }
            for (long slot = Math.floorDiv(from.toEpochMilli(), period);
                 slot <= Math.floorDiv(now.toEpochMilli(), period); slot++) {
                Instant at = Instant.ofEpochMilli(slot * period
                        + Math.floorMod(SeededIds.mix(seed, "login", agentId, slot), period));
                if (at.isAfter(from) && !at.isAfter(now)) {
                    long ip = SeededIds.mix(seed, "ip", agentId);
                    UserLogin login = new UserLogin(agentId, org.directory().userName(agentId), at,
                            settings.userTokenLifetime(), SeededIds.derive(seed, "session", agentId, slot).toString(),
                            clientId, tokenHash(SeededIds.derive(seed, "token", agentId, slot)),
                            "203.0.113." + (1 + Math.floorMod(ip, 254)));
                    buffer.add(GenesysEvents.userToken(org.spec().orgId(), login));
                }
            }
        }
    }

    private void operationalEvents(SimulatedOrg org, Instant from, Instant now, Buffer buffer) {
        if (settings.operationalEventEvery().isZero()) {
            return;
        }
        long seed = org.spec().seed();
        long period = settings.operationalEventEvery().toMillis();
        List<OperationalEventDefinition> catalogue = OperationalEventDefinition.CATALOGUE;
        for (long slot = Math.floorDiv(from.toEpochMilli(), period);
             slot <= Math.floorDiv(now.toEpochMilli(), period); slot++) {
            Instant at = Instant.ofEpochMilli(slot * period + Math.floorMod(SeededIds.mix(seed, "ops", slot), period));
            if (!at.isAfter(from) || at.isAfter(now)) {
                continue;
            }
            OperationalEventDefinition definition =
                    catalogue.get(Math.floorMod(SeededIds.mix(seed, "ops-definition", slot), catalogue.size()));
            String entityName = definition.entityNames().get(
                    Math.floorMod(SeededIds.mix(seed, "ops-entity", slot), definition.entityNames().size()));
            String conversationId = null;
            if (definition.withConversation()) {
                try (Stream<SimConversation> recent = org.conversations()
                        .startingBetween(at.minus(OPERATIONAL_CONVERSATION_WINDOW), at, at)) {
                    conversationId = recent.findFirst().map(SimConversation::conversationId).orElse(null);
                }
            }
            OperationalEvent event = new OperationalEvent(definition,
                    SeededIds.derive(seed, "entity", definition.id(), entityName).toString(), entityName,
                    conversationId, at);
            buffer.add(GenesysEvents.operational(org.spec().orgId(), event));
        }
    }

    private static String tokenHash(UUID token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(token.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Hands one org's events to the sink in chunks of at most maxEventsPerPublish (roughened if the org is wild),
     * and counts what it delivered.
     */
    private final class Buffer {

        private final List<GenesysEvent> events = new ArrayList<>(settings.maxEventsPerPublish());
        private final OrgSpec org;

        Buffer(OrgSpec org) {
            this.org = org;
        }

        void add(GenesysEvent event) {
            if (muted.getOrDefault(org.orgId(), Set.of()).contains(event.topic())) {
                mutedEvents.incrementAndGet();
                return;
            }
            events.add(org.wildData() ? WildEvents.roughen(event, org.seed()) : event);
            if (events.size() >= settings.maxEventsPerPublish()) {
                flush();
            }
        }

        void flush() {
            if (events.isEmpty()) {
                return;
            }
            sink.publish(List.copyOf(events));
            for (GenesysEvent event : events) {
                switch (event.topic()) {
                    case CUSTOMER_END -> customerEnds.incrementAndGet();
                    case USER_TOKENS -> userTokens.incrementAndGet();
                    case OPERATIONAL_EVENTS -> operationalEvents.incrementAndGet();
                }
            }
            events.clear();
        }
    }
}
