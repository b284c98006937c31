package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.directory.DirectoryTable.Column;
import java.util.Arrays;
import java.util.List;

/** The columns of {@code directory_group} taken from a Genesys group, cut to the columns' lengths. */
record GroupColumns(String name, String description, String type, String visibility, String state,
        Long memberCount, Long version) {

    static final DirectoryTable TABLE = new DirectoryTable("directory_group", "group_id", List.of(
            new Column("name", "VARCHAR(500)"), new Column("description", "VARCHAR(2000)"),
            new Column("group_type", "VARCHAR(32)"), new Column("visibility", "VARCHAR(32)"),
            new Column("state", "VARCHAR(16)"), new Column("member_count", "BIGINT"),
            new Column("version", "BIGINT")));

    /** @throws IllegalArgumentException naming the group when its JSON is not an object */
    static GroupColumns of(DirectoryEntity group) {
        EntityJson json = EntityJson.of(group);
        return new GroupColumns(bounded(json.text("name"), 500), bounded(json.text("description"), 2000),
                bounded(json.text("type"), 32), bounded(json.text("visibility"), 32),
                bounded(json.text("state"), 16), json.number("memberCount"), json.number("version"));
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    List<Object> values() {
        return Arrays.asList(name, description, type, visibility, state, memberCount, version);
    }
}
