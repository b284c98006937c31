package com.dxp.collector.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
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
 * what was stored side by side. The store keeps each entity's last sync and removal mark.
 */
@ApplicationScoped
public class FakeDirectory implements DirectorySource, DirectorySink, DirectoryProgress {

    private final Map<String, DirectoryEntity> sourceUsers = new TreeMap<>();
    private final Map<String, DirectoryEntity> sourceGroups = new TreeMap<>();
    private final Map<String, List<String>> sourceMembers = new ConcurrentHashMap<>();
    private final Map<String, Instant> storedUsers = new ConcurrentHashMap<>();
    private final Map<String, Instant> storedGroups = new ConcurrentHashMap<>();
    private final Map<String, List<String>> storedMembers = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger reportedCalls = new AtomicInteger();
    private final Map<String, AtomicInteger> synced = new ConcurrentHashMap<>();
    private volatile Consumer<String> fault = call -> { };
    private volatile int markRemovedCalls;

    public synchronized void reset() {
        sourceUsers.clear();
        sourceGroups.clear();
        sourceMembers.clear();
        storedUsers.clear();
        storedGroups.clear();
        storedMembers.clear();
        removed.clear();
        calls.clear();
        reportedCalls.set(0);
        synced.clear();
        fault = call -> { };
        markRemovedCalls = 0;
    }

    public synchronized void user(String id, String state) {
        sourceUsers.put(id, new DirectoryEntity(id, "{\"id\":\"" + id + "\",\"state\":\"" + state + "\"}"));
    }

    public synchronized void group(String id, String... members) {
        sourceGroups.put(id, new DirectoryEntity(id, "{\"id\":\"" + id + "\"}"));
        sourceMembers.put(id, List.of(members));
    }

    /** An entity stored by an earlier sync at {@code seenAt}. */
    public void storedEarlier(String userId, Instant seenAt) {
        storedUsers.put(userId, seenAt);
    }

    /** Runs before each source call (named like {@code users#2}); may throw. */
    public void fault(Consumer<String> fault) {
        this.fault = fault;
    }

    @Override
    public synchronized DirectoryPage users(UUID tenantId, int pageNumber, int pageSize) {
        return page("users#" + pageNumber, new ArrayList<>(sourceUsers.values()), pageNumber, pageSize);
    }

    @Override
    public synchronized DirectoryPage groups(UUID tenantId, int pageNumber, int pageSize) {
        return page("groups#" + pageNumber, new ArrayList<>(sourceGroups.values()), pageNumber, pageSize);
    }

    @Override
    public synchronized DirectoryPage groupMembers(UUID tenantId, String groupId, int pageNumber, int pageSize) {
        List<DirectoryEntity> members = sourceMembers.get(groupId).stream()
                .map(id -> new DirectoryEntity(id, "{\"id\":\"" + id + "\"}")).toList();
        return page("members:" + groupId + "#" + pageNumber, members, pageNumber, pageSize);
    }

    private DirectoryPage page(String call, List<DirectoryEntity> all, int pageNumber, int pageSize) {
        calls.add(call);
        fault.accept(call);
        int from = Math.min((pageNumber - 1) * pageSize, all.size());
        int pageCount = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        return new DirectoryPage(all.subList(from, Math.min(from + pageSize, all.size())), pageCount);
    }

    @Override
    public void storeUsers(UUID tenantId, Instant seenAt, List<DirectoryEntity> users) {
        users.forEach(u -> storedUsers.put(u.id(), seenAt));
    }

    @Override
    public void storeGroups(UUID tenantId, Instant seenAt, List<DirectoryEntity> groups) {
        groups.forEach(g -> storedGroups.put(g.id(), seenAt));
    }

    @Override
    public void replaceMembers(UUID tenantId, String groupId, List<String> userIds) {
        storedMembers.put(groupId, List.copyOf(userIds));
    }

    @Override
    public List<String> groupIds(UUID tenantId, Instant seenSince) {
        return storedGroups.entrySet().stream().filter(e -> !e.getValue().isBefore(seenSince))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public RemovedEntities markRemoved(UUID tenantId, Instant notSeenSince) {
        markRemovedCalls++;
        List<String> users = storedUsers.entrySet().stream().filter(e -> e.getValue().isBefore(notSeenSince))
                .map(Map.Entry::getKey).toList();
        List<String> groups = storedGroups.entrySet().stream().filter(e -> e.getValue().isBefore(notSeenSince))
                .map(Map.Entry::getKey).toList();
        removed.addAll(users);
        removed.addAll(groups);
        return new RemovedEntities(users.size(), groups.size());
    }

    @Override
    public void apiCalls(long jobInstanceId, int calls) {
        reportedCalls.addAndGet(calls);
    }

    @Override
    public void synced(long jobInstanceId, String kind, int count) {
        synced.computeIfAbsent(kind, k -> new AtomicInteger()).addAndGet(count);
    }

    public Set<String> storedUsers() {
        return Set.copyOf(storedUsers.keySet());
    }

    public Set<String> storedGroups() {
        return Set.copyOf(storedGroups.keySet());
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

    public int synced(String kind) {
        AtomicInteger count = synced.get(kind);
        return count == null ? 0 : count.get();
    }
}
