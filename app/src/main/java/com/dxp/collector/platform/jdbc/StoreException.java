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

    /**
     * True when the database refused a value it was given (SQL state class 22, data exception, or 23, integrity
     * constraint, other than a unique violation, which a concurrent writer causes): the same values fail again,
     * without them the work would not. Lock timeouts, deadlocks and lost connections are not: they pass.
     */
    public static boolean refusesAValue(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23") && !state.equals("23505"));
    }

    /** {@link #refusesAValue(SQLException)} for the first SQL exception among a failure's causes. */
    public static boolean refusesAValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return refusesAValue(sql);
            }
        }
        return false;
    }
}
