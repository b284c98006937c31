package com.dxp.collector.backfill;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The journey sessions port in memory: the session ids the stored conversations name, the ones Genesys knows, and
 * what was stored, so a test sees which sessions were asked for and kept.
 */
@ApplicationScoped
public class FakeJourneySessions implements JourneySessions {

    private final Set<String> named = new TreeSet<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Map<String, Optional<String>> stored = new ConcurrentHashMap<>();
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> fault = id -> { };

    public synchronized void reset() {
        named.clear();
        known.clear();
        stored.clear();
        fetched.clear();
        fault = id -> { };
    }

    /** Sessions the period's conversations name; {@code knownToGenesys} of them Genesys has. */
    public synchronized void named(Set<String> ids, Set<String> knownToGenesys) {
        named.addAll(ids);
        known.addAll(knownToGenesys);
    }

    /** Runs before each fetch with the session id; may throw. */
    public void fault(Consumer<String> fault) {
        this.fault = fault;
    }

    @Override
    public synchronized List<String> pending(UUID tenantId, Instant from, Instant to, int limit) {
        return named.stream().filter(id -> !stored.containsKey(id)).limit(limit).toList();
    }

    @Override
    public Optional<String> fetch(UUID tenantId, String sessionId) {
        fetched.add(sessionId);
        fault.accept(sessionId);
        return known.contains(sessionId) ? Optional.of("{\"id\":\"" + sessionId + "\"}") : Optional.empty();
    }

    @Override
    public void store(UUID tenantId, String sessionId, Optional<String> rawJson, Instant fetchedAt) {
        stored.put(sessionId, rawJson);
    }

    public Map<String, Optional<String>> stored() {
        return Map.copyOf(stored);
    }

    public List<String> fetched() {
        return List.copyOf(fetched);
    }
}
