package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is the operator's one list of settings: every key the application reads (an
 * MP Config property of a {@code *Config} bean or any other bean) and every variable of the server configuration
 * is in it under its environment variable, with the default the code has; and it names no variable that nothing
 * reads.
 */
class ConfigurationTableTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");
    private static final Pattern SERVER_VARIABLE = Pattern.compile("<variable name=\"([^\"]+)\" defaultValue=\"([^\"]*)\"");
    private static final Pattern SERVER_REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9.\\-]*)}");
    private static final Pattern TICKED = Pattern.compile("`([^`]*)`");
    private static final Pattern ENV = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    /** In the meaning column: a further variable with its default, {@code `NAME` (`default`)}. */
    private static final Pattern MORE = Pattern.compile("`([A-Z][A-Z0-9_]+)` \\(`([^`]*)`\\)");

    @Test
    void shouldListEveryKeyTheServerReadsWithItsDefaultAndNothingElse() throws IOException {
        Map<String, String> defaults = keys();
        Table table = table();

        Set<String> missing = new TreeSet<>(defaults.keySet());
        missing.removeAll(table.named());
        assertEquals(Set.of(), missing, "keys the README's configuration table does not name");
        Set<String> unknown = new TreeSet<>(table.named());
        unknown.removeAll(defaults.keySet());
        assertEquals(Set.of(), unknown, "variables the table names that nothing reads");
        Map<String, String> wrong = new TreeMap<>();
        table.defaults().forEach((env, documented) -> {
            String actual = defaults.get(env);
            if (actual != null && !actual.equals(documented)) {
                wrong.put(env, "README `" + documented + "`, code `" + actual + "`");
            }
        });
        assertEquals(Map.of(), wrong, "defaults the README has wrong");
        assertTrue(table.defaults().size() > 50, "the defaults are read: " + table.defaults().size());
    }

    /** Every key, as its environment variable, with its default ("" where it has none). */
    private static Map<String, String> keys() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(
                ROOT.resolve("app/src/main/resources/META-INF/microprofile-config.properties"))));
        Map<String, String> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("app/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CONFIG_PROPERTY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.put(env(m.group(1)), properties.getProperty(m.group(1), ""));
                }
            }
        }
        try (Stream<Path> files = Files.list(ROOT.resolve("liberty-config/src/main/liberty/config"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(f);
                Matcher m = SERVER_VARIABLE.matcher(xml);
                while (m.find()) {
                    keys.put(env(m.group(1)), m.group(2));
                }
                // a variable used without a declared default, such as a password
                Matcher used = SERVER_REFERENCE.matcher(xml);
                while (used.find()) {
                    if (!used.group(1).startsWith("server.") && !used.group(1).startsWith("wlp.")
                            && !used.group(1).startsWith("shared.")) {
                        keys.putIfAbsent(env(used.group(1)), "");
                    }
                }
            }
        }
        return keys;
    }

    /** What the table names, and the defaults it gives. */
    private record Table(Set<String> named, Map<String, String> defaults) {
    }

    private static Table table() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("| variable | default | meaning |", readme.indexOf("\n## Configuration"));
        assertTrue(start > 0, "the README has its configuration table");
        List<String> rows = readme.substring(start).lines().takeWhile(l -> l.startsWith("|"))
                .filter(l -> l.startsWith("| `")).toList();
        Set<String> named = new TreeSet<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : rows) {
            String[] cells = line.split("(?<!\\\\)\\|");
            List<String> vars = ticked(cells[1]).stream().filter(t -> ENV.matcher(t).matches()).toList();
            List<String> values = ticked(cells[2]);
            named.addAll(vars);
            if (values.size() == vars.size()) {
                for (int i = 0; i < vars.size(); i++) {
                    defaults.put(vars.get(i), values.get(i));
                }
            }
            Matcher more = MORE.matcher(cells[3]);
            while (more.find()) {
                named.add(more.group(1));
                defaults.put(more.group(1), more.group(2));
            }
        }
        return new Table(named, defaults);
    }

    private static List<String> ticked(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = TICKED.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String env(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
