package com.dxp.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way: the features above {@code conversation} and {@code genesys}, those above {@code tenant}, that
 * above {@code platform}; features do not import each other, and {@code health}, which reads every feature's facts
 * to judge a tenant, sits on top. A cycle between feature packages would make each one harder to change alone.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/com/dxp/collector");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.dxp\\.collector\\.(\\w+)\\.",
            Pattern.MULTILINE);

    /** Each top-level package's layer; a package may import only from lower layers (and itself). */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("platform", 0),
            Map.entry("tenant", 1),
            Map.entry("conversation", 2),
            Map.entry("genesys", 2),
            Map.entry("events", 3),
            Map.entry("backfill", 3),
            Map.entry("directory", 3),
            Map.entry("access", 3),
            Map.entry("console", 3),
            Map.entry("health", 4));

    @Test
    void shouldImportOnlyFromLowerLayers() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && layer(to) >= layer(from)) {
                        wrong.add(SOURCES.relativize(file) + " imports " + to);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldKnowTheLayerOfEveryPackage() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            List<String> unknown = packages.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(p -> !LAYERS.containsKey(p)).toList();
            assertEquals(List.of(), unknown, "a new top-level package needs its layer here");
        }
    }

    private static int layer(String pkg) {
        Integer layer = LAYERS.get(pkg);
        if (layer == null) {
            throw new AssertionError("no layer for package " + pkg);
        }
        return layer;
    }
}
