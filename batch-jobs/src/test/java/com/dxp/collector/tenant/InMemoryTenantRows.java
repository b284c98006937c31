package com.dxp.collector.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A store in memory for the tenant-purge job: rows per table of one tenant, what each call did, and a hook run
 * before every chunk (to fail or stop the job at a chosen point).
 */
@ApplicationScoped
public class InMemoryTenantRows implements TenantRows {

    static final List<String> TABLES = List.of("segment", "participant", "conversation", "job_run");

    private final Map<String, Integer> left = new LinkedHashMap<>();
    private final Map<String, Long> deleted = new LinkedHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Long> executions = new CopyOnWriteArrayList<>();
    private volatile boolean tenantExists;
    private volatile Consumer<String> beforeChunk = table -> { };

    /** A tenant with these many rows per table, in {@link #TABLES}' order. */
    synchronized void reset(int... rowsPerTable) {
        left.clear();
        deleted.clear();
        calls.clear();
        executions.clear();
        for (int i = 0; i < TABLES.size(); i++) {
            left.put(TABLES.get(i), rowsPerTable[i]);
            deleted.put(TABLES.get(i), 0L);
        }
        tenantExists = true;
        beforeChunk = table -> { };
    }

    void beforeChunk(Consumer<String> hook) {
        beforeChunk = hook;
    }

    @Override
    public void purging(UUID tenantId, long executionId) {
        executions.add(executionId);
    }

    @Override
    public List<String> tables() {
        return TABLES;
    }

    @Override
    public synchronized int deleteChunk(UUID tenantId, String table, int limit) {
        beforeChunk.accept(table);
        int gone = Math.min(limit, left.get(table));
        left.put(table, left.get(table) - gone);
        deleted.merge(table, (long) gone, Long::sum);
        calls.add(table + ":" + gone);
        return gone;
    }

    @Override
    public synchronized void deleteTenant(UUID tenantId) {
        calls.add("tenant");
        tenantExists = false;
    }

    synchronized Map<String, Integer> left() {
        return new LinkedHashMap<>(left);
    }

    synchronized Map<String, Long> deleted() {
        return new LinkedHashMap<>(deleted);
    }

    List<String> calls() {
        return new ArrayList<>(calls);
    }

    List<Long> executions() {
        return new ArrayList<>(executions);
    }

    boolean tenantExists() {
        return tenantExists;
    }
}
