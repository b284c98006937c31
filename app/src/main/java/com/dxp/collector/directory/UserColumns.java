package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.directory.DirectoryTable.Column;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of {@code directory_user} taken from a Genesys user, cut to the columns' lengths. The manager is an
 * object in Genesys's user, of which only its id is kept.
 */
record UserColumns(String name, String email, String username, String state, String title, String department,
        String divisionId, String managerId, Long version) {

    static final DirectoryTable TABLE = new DirectoryTable("directory_user", "user_id", List.of(
            new Column("name", "VARCHAR(500)"), new Column("email", "VARCHAR(500)"),
            new Column("username", "VARCHAR(500)"), new Column("state", "VARCHAR(16)"),
            new Column("title", "VARCHAR(500)"), new Column("department", "VARCHAR(500)"),
            new Column("division_id", "VARCHAR(100)"), new Column("manager_id", "VARCHAR(100)"),
            new Column("version", "BIGINT")));

    /** The columns of a user whose JSON is read ({@link EntityJson#of} refuses one that is not an object). */
    static UserColumns of(EntityJson json) {
        return new UserColumns(bounded(json.text("name"), 500), bounded(json.text("email"), 500),
                bounded(json.text("username"), 500), bounded(json.text("state"), 16),
                bounded(json.text("title"), 500), bounded(json.text("department"), 500),
                bounded(json.idOf("division"), 100), bounded(json.idOf("manager"), 100), json.number("version"));
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    List<Object> values() {
        return Arrays.asList(name, email, username, state, title, department, divisionId, managerId, version);
    }
}
