package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.directory.DirectoryTable.Column;
import java.util.Arrays;
import java.util.List;

/** The columns of {@code journey_segment} taken from a Genesys journey segment, cut to the columns' lengths. */
record JourneySegmentColumns(String displayName, String description, String scope, Boolean active, Long version) {

    static final DirectoryTable TABLE = new DirectoryTable("journey_segment", "segment_id", List.of(
            new Column("display_name", "VARCHAR(500)"), new Column("description", "VARCHAR(2000)"),
            new Column("scope", "VARCHAR(32)"), new Column("active", "BOOLEAN"), new Column("version", "BIGINT")));

    /** @throws IllegalArgumentException naming the segment when its JSON is not an object */
    static JourneySegmentColumns of(DirectoryEntity segment) {
        EntityJson json = EntityJson.of(segment);
        return new JourneySegmentColumns(bounded(json.text("displayName"), 500),
                bounded(json.text("description"), 2000), bounded(json.text("scope"), 32), json.bool("isActive"),
                json.number("version"));
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    List<Object> values() {
        return Arrays.asList(displayName, description, scope, active, version);
    }
}
