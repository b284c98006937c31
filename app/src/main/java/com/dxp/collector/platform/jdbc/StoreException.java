package com.dxp.collector.platform.jdbc;

import java.sql.SQLException;

/**
 * A statement that failed. {@link #uniqueViolation()} tells a clash with a unique key (SQL state 23505 on both
 * databases), which callers answer as a conflict; anything else reaches the client as a 500 with the cause logged.
 * The message names the SQL state only: a statement's values may hold personal data.
 */
public final class StoreException extends RuntimeException {

    private final boolean uniqueViolation;

    private StoreException(String message, SQLException cause, boolean uniqueViolation) {
        super(message, cause);
        this.uniqueViolation = uniqueViolation;
    }

    public static StoreException of(String what, SQLException e) {
        return new StoreException(what + " failed (SQL state " + e.getSQLState() + ")", e,
                "23505".equals(e.getSQLState()));
    }

    public boolean uniqueViolation() {
        return uniqueViolation;
    }
}
