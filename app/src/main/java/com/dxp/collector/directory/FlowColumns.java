package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.directory.DirectoryTable.Column;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of {@code architect_flow} taken from a Genesys Architect flow, cut to the columns' lengths. Of the
 * published version (an object in Genesys's flow) only its id is kept, such as {@code 3.0}.
 */
record FlowColumns(String name, String description, String type, String divisionId, String publishedVersion,
        Boolean active, Boolean deleted) {

    static final DirectoryTable TABLE = new DirectoryTable("architect_flow", "flow_id", List.of(
            new Column("name", "VARCHAR(500)"), new Column("description", "VARCHAR(2000)"),
            new Column("flow_type", "VARCHAR(64)"), new Column("division_id", "VARCHAR(100)"),
            new Column("published_version", "VARCHAR(100)"), new Column("active", "BOOLEAN"),
            new Column("deleted", "BOOLEAN")));

    /** @throws IllegalArgumentException naming the flow when its JSON is not an object */
    static FlowColumns of(DirectoryEntity flow) {
        EntityJson json = EntityJson.of(flow);
        return new FlowColumns(bounded(json.text("name"), 500), bounded(json.text("description"), 2000),
                bounded(json.text("type"), 64), bounded(json.idOf("division"), 100),
                bounded(json.idOf("publishedVersion"), 100), json.bool("active"), json.bool("deleted"));
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    List<Object> values() {
        return Arrays.asList(name, description, type, divisionId, publishedVersion, active, deleted);
    }
}
