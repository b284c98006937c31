package com.dxp.collector.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the Prometheus alert rules in {@code docs/monitoring} use only metrics the collector
 * publishes: every metric name in their expressions, less the suffixes Prometheus adds to counters and timers, is
 * declared in the app's code (a {@code Metadata} name, an event metric or a tenant gauge), so a renamed metric
 * cannot leave a blank panel or an alert that never fires.
 */
class MonitoringFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Where a metric name is declared in the app: Metadata builders and the gauge table of HealthMetrics. */
    private static final Pattern DECLARED = Pattern.compile("(?:withName|help|new Gauge)\\(\"([a-z][a-z0-9.\\-]*)\"");
    /** Metric names in PromQL: snake case with at least one underscore, not a function or a label. */
    private static final Pattern USED = Pattern.compile("\\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\\b(?!\\s*[=~!(])");
    private static final List<String> SUFFIXES = List.of("_seconds_count", "_seconds_sum", "_seconds_max",
            "_seconds_bucket", "_total");
    /** A PromQL expression: {@code "expr": "..."} in the dashboard, {@code expr: ...} in the rules. */
    private static final Pattern EXPR = Pattern.compile("\"expr\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|expr:\\s*(.+)");
    /** PromQL words in snake case that are not metrics. */
    private static final Set<String> PROMQL = Set.of("label_replace", "histogram_quantile");

    @Test
    void shouldUseOnlyMetricsTheCollectorDeclares() throws IOException {
        Set<String> declared = declared();
        Set<String> used = usedByTheMonitoringFiles();

        assertTrue(used.size() >= 10, "the files use the collector's metrics: " + used);
        Set<String> unknown = new TreeSet<>();
        for (String name : used) {
            if (!declared.contains(base(name, declared))) {
                unknown.add(name);
            }
        }
        assertEquals(Set.of(), unknown, "declared: " + declared);
    }

    @Test
    void shouldReadTheSuffixesPrometheusAddsBack() {
        Set<String> declared = Set.of("events_stored", "events_batch_step_seconds", "tenant_health_status");

        assertEquals("events_stored", base("events_stored_total", declared));
        assertEquals("events_batch_step_seconds", base("events_batch_step_seconds_count", declared));
        assertEquals("tenant_health_status", base("tenant_health_status", declared));
        assertEquals(Set.of("events_stored_total", "tenant_last_event_age_seconds"),
                used("sum(rate(events_stored_total{queue=\"q\"}[5m])) and tenant_last_event_age_seconds > 3600"
                        + " by (tenant) label_replace(x)"));
    }

    /** The collector's metric names the dashboard's and the alert rules' expressions use, as Prometheus writes them. */
    static Set<String> usedByTheMonitoringFiles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String file : List.of("docs/monitoring/alert-rules.yml", "docs/monitoring/grafana-dashboard.json")) {
            Matcher expr = EXPR.matcher(Files.readString(ROOT.resolve(file)));
            while (expr.find()) {
                used.addAll(used((expr.group(1) != null ? expr.group(1) : expr.group(2)).replace("\\\"", "\"")));
            }
        }
        return used;
    }

    /** Metric names of the app, as Prometheus writes them without suffixes: dots and dashes become underscores. */
    private static Set<String> declared() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("app/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = DECLARED.matcher(Files.readString(f));
                while (m.find()) {
                    names.add(m.group(1).replace('.', '_').replace('-', '_'));
                }
            }
        }
        // timers are written with their unit
        Set<String> withUnits = new TreeSet<>(names);
        names.forEach(n -> withUnits.add(n + "_seconds"));
        return withUnits;
    }

    private static Set<String> used(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = USED.matcher(text.replaceAll("\\{\\{[^}]*}}", "").replaceAll("\\{[^}]*}", "{}"));
        while (m.find()) {
            String name = m.group(1);
            if (!PROMQL.contains(name) && !name.startsWith("mp_") && looksLikeMetric(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The collector's metric families start with these words; other snake case (alert names, labels) is not. */
    private static boolean looksLikeMetric(String name) {
        return Stream.of("events_", "genesys_", "tenant_", "conversations_").anyMatch(name::startsWith);
    }

    private static String base(String name, Set<String> declared) {
        if (declared.contains(name)) {
            return name;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stripped = name.substring(0, name.length() - suffix.length());
                String withUnit = suffix.startsWith("_seconds") ? stripped + "_seconds" : stripped;
                return declared.contains(withUnit) ? withUnit : stripped;
            }
        }
        return name;
    }
}
