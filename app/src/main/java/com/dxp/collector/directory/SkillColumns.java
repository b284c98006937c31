package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import com.dxp.collector.directory.DirectoryTable.Column;
import java.util.Arrays;
import java.util.List;

/** The columns of {@code routing_skill} taken from a Genesys routing skill, cut to the columns' lengths. */
record SkillColumns(String name, String state) {

    static final DirectoryTable TABLE = new DirectoryTable("routing_skill", "skill_id", List.of(
            new Column("name", "VARCHAR(500)"), new Column("state", "VARCHAR(16)")));

    /** @throws IllegalArgumentException naming the skill when its JSON is not an object */
    static SkillColumns of(DirectoryEntity skill) {
        EntityJson json = EntityJson.of(skill);
        return new SkillColumns(bounded(json.text("name"), 500), bounded(json.text("state"), 16));
    }

    /** The values in the order of {@link #TABLE}'s columns. */
    List<Object> values() {
        return Arrays.asList(name, state);
    }
}
