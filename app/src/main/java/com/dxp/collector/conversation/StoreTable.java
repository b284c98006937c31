package com.dxp.collector.conversation;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the store writes one table: its name and, in order, the columns it sets from a row of type {@code R} (the
 * tenant id, the same for every row of a batch, is not among them). Both {@link TableWriter}s take their statements
 * and values from here, so the column lists of a table are written down once.
 */
record StoreTable<R>(String name, List<Column<R>> columns) {

    StoreTable {
        columns = List.copyOf(columns);
    }

    /** This table with {@code more} columns after its own. */
    StoreTable<R> with(List<Column<R>> more) {
        List<Column<R>> all = new ArrayList<>(columns);
        all.addAll(more);
        return new StoreTable<>(name, all);
    }

    /** The column names, comma-separated, each prefixed with {@code prefix}. */
    String names(String prefix) {
        return columns.stream().map(c -> prefix + c.name()).collect(Collectors.joining(", "));
    }

    /**
     * One column: its name, its type, and how its value is read from a row. Values are already in the form JDBC
     * binds: {@code UUID}, {@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code String}, or null;
     * a timestamp is an {@code Instant} already cut to the microsecond, which each writer binds in its own way
     * (an {@code OffsetDateTime} at UTC costs a time-zone calculation per value, which the array writer never needs).
     * A text column of limited {@code width} gets its values already fitted to it ({@code Jdbc.bounded}); 0 means
     * unlimited or not text.
     */
    record Column<R>(String name, ColumnType type, int width, Function<R, Object> value) {

        /** A column whose values need no fitting (all but text): {@code width} 0. */
        Column(String name, ColumnType type, Function<R, Object> value) {
            this(name, type, 0, value);
        }
    }

    /**
     * A column type: its PostgreSQL name (for arrays of it), its JDBC type (for binding a null) and the Java class of
     * its values.
     */
    enum ColumnType {
        UUID("uuid", Types.OTHER, java.util.UUID.class),
        INTEGER("int4", Types.INTEGER, Integer.class),
        BIGINT("int8", Types.BIGINT, Long.class),
        DOUBLE("float8", Types.DOUBLE, Double.class),
        BOOLEAN("bool", Types.BOOLEAN, Boolean.class),
        VARCHAR("varchar", Types.VARCHAR, String.class),
        TIMESTAMPTZ("timestamptz", Types.TIMESTAMP_WITH_TIMEZONE, Instant.class);

        private final String postgresName;
        private final int jdbcType;
        private final Class<?> javaType;

        ColumnType(String postgresName, int jdbcType, Class<?> javaType) {
            this.postgresName = postgresName;
            this.jdbcType = jdbcType;
            this.javaType = javaType;
        }

        String postgresName() {
            return postgresName;
        }

        int jdbcType() {
            return jdbcType;
        }

        /** The class of the values, for arrays of them (drivers encode typed arrays better than {@code Object[]}). */
        Class<?> javaType() {
            return javaType;
        }
    }
}
