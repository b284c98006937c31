package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.directory.DirectoryTable.Column;
import java.util.Arrays;
import java.util.List;

/** The columns of {@code directory_team} taken from a Genesys work team, cut to the columns' lengths. */
record TeamColumns(String name, String description, String divisionId, Long memberCount) {

    static final DirectoryTable TABLE = new DirectoryTable("directory_team", "team_id", List.of(
            new Column("name", "VARCHAR(500)"), new Column("description", "VARCHAR(2000)"),
            new Column("division_id", "VARCHAR(100)"), new Column("member_count", "BIGINT")));

    /** @throws IllegalArgumentException naming the team when its JSON is not an object */
    static TeamColumns of(DirectoryEntity team) {
        EntityJson json = EntityJson.of(team);
        return new TeamColumns(bounded(json.text("name"), 500), bounded(json.text("description"), 2000),
                bounded(json.idOf("division"), 100), json.number("memberCount"));
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    List<Object> values() {
        return Arrays.asList(name, description, divisionId, memberCount);
    }
}
