package com.dxp.collector.platform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module README's list of migrations is how an operator learns why a table or column exists; a migration
 * missing from it leaves part of the schema unexplained, so every migration file must be named there.
 */
class MigrationListTest {

    private static final List<String> FOLDERS = List.of("db/migration", "db/vendor/h2", "db/vendor/postgresql");

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:_\\d+)*)__.+\\.sql");

    @Test
    void shouldNameEveryMigrationFileInTheReadme() throws IOException, URISyntaxException {
        // surefire runs in the module's folder, where the README lives
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        List<String> files = migrationFiles();
        List<String> unnamed = files.stream()
                .filter(file -> !named(readme, file.substring(file.lastIndexOf('/') + 1)))
                .toList();

        assertTrue(files.size() >= 20, "found only " + files + ": the test no longer reads the migration folders");
        assertEquals(List.of(), unnamed, "migrations the README's list does not name (V6_1 is written V6.1)");
    }

    @Test
    void shouldTellAMigrationNamedFromOneThatIsNot() {
        String readme = "V6: fewer indexes (V6.1, PostgreSQL only: lz4). V12: checks. `R__identity.sql` gives H2 2.x";

        assertTrue(named(readme, "V6__conversation_store_speed.sql"));
        assertTrue(named(readme, "V6_1__conversation_store_speed.sql"));
        assertTrue(named(readme, "V12__event_stream_checks.sql"));
        assertTrue(named(readme, "R__identity.sql"));
        assertFalse(named(readme, "V1__audit_trail.sql"), "V1 is not V12");
        assertFalse(named(readme, "V6_2__more.sql"), "V6.2 is not V6.1");
        assertFalse(named(readme, "V2__batch.sql"), "V2 is not H2 2.x");
    }

    /**
     * A versioned migration is named by its version as the list writes it ({@code V8_1} as {@code V8.1}), not
     * followed by a further digit or version part; a repeatable one by its file name.
     */
    static boolean named(String readme, String file) {
        Matcher versioned = VERSIONED.matcher(file);
        if (!versioned.matches()) {
            return readme.contains(file);
        }
        String version = "V" + versioned.group(1).replace('_', '.');
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(version) + "(?!\\d|\\.\\d)").matcher(readme).find();
    }

    private static List<String> migrationFiles() throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = Path.of(MigrationListTest.class.getClassLoader().getResource(folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(name -> name.matches("(V\\d+(_\\d+)*|R)__.+\\.sql"))
                        .sorted()
                        .forEach(name -> names.add(folder + "/" + name));
            }
        }
        return names;
    }
}
