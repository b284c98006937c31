package com.dxp.collector.directory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A directory table ({@code directory_user}, {@code directory_group}) as the sync upserts it: its key column
 * after {@code tenant_id}, the data columns taken from the entity's JSON, then {@code raw_json} and the sync
 * times. The upsert is one standard {@code MERGE}, which PostgreSQL 15+ and H2 both run.
 *
 * @param name     the table
 * @param idColumn the entity id column, the key after {@code tenant_id}
 * @param columns  the data columns, in the order their values are bound
 */
record DirectoryTable(String name, String idColumn, List<Column> columns) {

    /** Longest entity id the key columns hold. */
    static final int ID_LENGTH = 100;

    /**
     * A data column and the SQL type its parameter is cast to: parameters in {@code VALUES} have no type of their
     * own on PostgreSQL.
     */
    record Column(String name, String sqlType) {
    }

    DirectoryTable {
        columns = List.copyOf(columns);
    }

    /**
     * The upsert of one entity. Parameters: tenant id, entity id, the data columns, raw JSON, the sync instant.
     * A new row gets the sync instant as {@code first_seen}; every row gets it as {@code last_synced}, unchanged
     * or not, which is what lets the removal step tell what this sync did not see; a returning entity is no
     * longer removed.
     */
    String upsertSql() {
        String casts = columns.stream().map(c -> ", CAST(? AS " + c.sqlType() + ")").collect(Collectors.joining());
        String names = columns.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
        String values = columns.stream().map(c -> ", v." + c.name()).collect(Collectors.joining());
        String updates = columns.stream().map(c -> c.name() + " = v." + c.name() + ", ")
                .collect(Collectors.joining());
        return "MERGE INTO " + name + " t USING (VALUES (CAST(? AS UUID), CAST(? AS VARCHAR(" + ID_LENGTH + "))"
                + casts + ", CAST(? AS TEXT), CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v(tenant_id, " + idColumn
                + names + ", raw_json, seen_at) ON t.tenant_id = v.tenant_id AND t." + idColumn + " = v." + idColumn
                + " WHEN MATCHED THEN UPDATE SET " + updates
                + "raw_json = v.raw_json, last_synced = v.seen_at, removed_at = NULL"
                + " WHEN NOT MATCHED THEN INSERT (tenant_id, " + idColumn + names
                + ", raw_json, first_seen, last_synced) VALUES (v.tenant_id, v." + idColumn + values
                + ", v.raw_json, v.seen_at, v.seen_at)";
    }
}
