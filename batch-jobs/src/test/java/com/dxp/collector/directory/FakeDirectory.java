package com.dxp.collector.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The directory API and the directory store in memory, one bean for both ports so a test sees what was read and
 * what was stored side by side. The store keeps each entity's last sync and removal mark. Teams and their members
 * page by cursor, as Genesys's do; every other listing by page number.
 */
@ApplicationScoped
public class FakeDirectory implements DirectorySource, DirectorySink, DirectoryProgress {

    private final Map<DirectoryKind, Map<String, DirectoryEntity>> source = new EnumMap<>(DirectoryKind.class);
    private final Map<String, List<String>> sourceMembers = new ConcurrentHashMap<>();
    private final Map<DirectoryKind, Map<String, Instant>> stored = new ConcurrentHashMap<>();
    private final Map<String, List<String>> storedMembers = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger reportedCalls = new AtomicInteger();
    private final Map<String, AtomicInteger> synced = new ConcurrentHashMap<>();
    private volatile Consumer<String> fault = call -> { };
    private volatile int markRemovedCalls;

    public synchronized void reset() {
        source.clear();
        sourceMembers.clear();
        stored.clear();
        storedMembers.clear();
        removed.clear();
        calls.clear();
        reportedCalls.set(0);
        synced.clear();
        fault = call -> { };
        markRemovedCalls = 0;
    }

    public synchronized void user(String id, String state) {
        entity(DirectoryKind.USERS, id, "{\"id\":\"" + id + "\",\"state\":\"" + state + "\"}");
    }

    public synchronized void group(String id, String... members) {
        owner(DirectoryKind.GROUPS, id, members);
    }

    public synchronized void team(String id, String... members) {
        owner(DirectoryKind.TEAMS, id, members);
    }

    /** An entity of a kind without members (a skill, a flow, a journey segment). */
    public synchronized void entity(DirectoryKind kind, String id) {
        entity(kind, id, "{\"id\":\"" + id + "\"}");
    }

    private void owner(DirectoryKind kind, String id, String... members) {
        entity(kind, id, "{\"id\":\"" + id + "\"}");
        sourceMembers.put(id, List.of(members));
    }

    private void entity(DirectoryKind kind, String id, String json) {
        source.computeIfAbsent(kind, k -> new TreeMap<>()).put(id, new DirectoryEntity(id, json));
    }

    /** A user stored by an earlier sync at {@code seenAt}. */
    public void storedEarlier(String userId, Instant seenAt) {
        storedEarlier(DirectoryKind.USERS, userId, seenAt);
    }

    /** An entity stored by an earlier sync at {@code seenAt}. */
    public void storedEarlier(DirectoryKind kind, String id, Instant seenAt) {
        stored(kind).put(id, seenAt);
    }

    /** Runs before each source call (named like {@code users#2} or {@code members:t-1#1}); may throw. */
    public void fault(Consumer<String> fault) {
        this.fault = fault;
    }

    @Override
    public synchronized DirectoryPage page(UUID tenantId, DirectoryKind kind, PagePosition at, int pageSize) {
        return page(kind.label() + "#" + at.pageNumber(), kind,
                new ArrayList<>(source.getOrDefault(kind, Map.of()).values()), at, pageSize);
    }

    @Override
    public synchronized DirectoryPage members(UUID tenantId, DirectoryKind kind, String ownerId, PagePosition at,
            int pageSize) {
        List<DirectoryEntity> members = sourceMembers.get(ownerId).stream()
                .map(id -> new DirectoryEntity(id, "{\"id\":\"" + id + "\"}")).toList();
        return page("members:" + ownerId + "#" + at.pageNumber(), kind, members, at, pageSize);
    }

    /** A numbered page, or for teams a cursor page whose cursor is the index of its first entity. */
    private DirectoryPage page(String call, DirectoryKind kind, List<DirectoryEntity> all, PagePosition at,
            int pageSize) {
        calls.add(call);
        fault.accept(call);
        if (kind == DirectoryKind.TEAMS) {
            int from = at.cursor() == null ? 0 : Integer.parseInt(at.cursor().substring("from-".length()));
            int to = Math.min(from + pageSize, all.size());
            return new DirectoryPage(all.subList(from, to), 0, to < all.size() ? "from-" + to : null);
        }
        int from = Math.min((at.pageNumber() - 1) * pageSize, all.size());
        int pageCount = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        return new DirectoryPage(all.subList(from, Math.min(from + pageSize, all.size())), pageCount);
    }

    @Override
    public void store(UUID tenantId, DirectoryKind kind, Instant seenAt, List<DirectoryEntity> entities) {
        entities.forEach(e -> stored(kind).put(e.id(), seenAt));
    }

    @Override
    public void replaceMembers(UUID tenantId, DirectoryKind kind, String ownerId, List<String> userIds) {
        storedMembers.put(ownerId, List.copyOf(userIds));
    }

    @Override
    public List<String> ownerIds(UUID tenantId, DirectoryKind kind, Instant seenSince) {
        return stored(kind).entrySet().stream().filter(e -> !e.getValue().isBefore(seenSince))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public Map<DirectoryKind, Integer> markRemoved(UUID tenantId, Set<DirectoryKind> kinds, Instant notSeenSince) {
        markRemovedCalls++;
        Map<DirectoryKind, Integer> counts = new EnumMap<>(DirectoryKind.class);
        for (DirectoryKind kind : kinds) {
            List<String> gone = stored(kind).entrySet().stream().filter(e -> e.getValue().isBefore(notSeenSince))
                    .map(Map.Entry::getKey).toList();
            removed.addAll(gone);
            counts.put(kind, gone.size());
        }
        return counts;
    }

    private Map<String, Instant> stored(DirectoryKind kind) {
        return stored.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
    }

    @Override
    public void apiCalls(long jobInstanceId, int calls) {
        reportedCalls.addAndGet(calls);
    }

    @Override
    public void synced(long jobInstanceId, String figure, int count) {
        synced.computeIfAbsent(figure, k -> new AtomicInteger()).addAndGet(count);
    }

    public Set<String> storedUsers() {
        return storedIds(DirectoryKind.USERS);
    }

    public Set<String> storedGroups() {
        return storedIds(DirectoryKind.GROUPS);
    }

    public Set<String> storedIds(DirectoryKind kind) {
        return Set.copyOf(stored(kind).keySet());
    }

    public Map<String, List<String>> storedMembers() {
        return Map.copyOf(storedMembers);
    }

    public Set<String> removed() {
        return Set.copyOf(removed);
    }

    public int markRemovedCalls() {
        return markRemovedCalls;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public int reportedCalls() {
        return reportedCalls.get();
    }

    public int synced(String figure) {
        AtomicInteger count = synced.get(figure);
        return count == null ? 0 : count.get();
    }
}
