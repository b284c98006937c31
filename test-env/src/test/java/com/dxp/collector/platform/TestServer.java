package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/** The server under test as an operator handles it: {@code bin/server stop} and {@code start}, then ready. */
public final class TestServer {

    private TestServer() {
    }

    /**
     * Skips the calling test class in the PostgreSQL run of {@code .ci/run}, for behaviour the database's kind does
     * not touch (HTTP, security settings, the console): one run of it per CI run is enough, and CI has a time limit.
     */
    public static void onlyOnTheEmbeddedDatabase() {
        Assumptions.assumeFalse("postgres".equals(System.getProperty("it.db.kind")), "the H2 run covers it");
    }

    /** Stops the server as an operator would (a real stop, not a kill) and starts it again, ready. */
    public static void restart() throws IOException, InterruptedException {
        run("stop");
        run("start");
        await("server ready again after restart").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> CollectorApi.get("/health/ready", NOBODY).statusCode() == 200);
    }

    /**
     * Kills the server process (SIGKILL: no shutdown hook, nothing flushed, as when a machine dies), then starts it
     * again, ready.
     */
    public static void crashAndStart() throws IOException, InterruptedException {
        ProcessHandle server = process(System.getProperty("it.server.name"));
        server.destroyForcibly();
        server.onExit().join();
        run("start");
        await("server ready again after a crash").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> CollectorApi.get("/health/ready", NOBODY).statusCode() == 200);
    }

    /** The running Liberty server {@code name} of the test runtime (its JVM). */
    static ProcessHandle process(String name) {
        String wlp = Path.of(System.getProperty("it.wlp.dir")).toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(wlp) && c.contains("ws-server.jar")
                        && c.endsWith(" " + name)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no running server " + name + " under " + wlp));
    }

    /**
     * Stops the server, sets one variable of its {@code server.env} (the file the liberty-maven-plugin wrote from
     * the pom's {@code liberty.env.*}), and starts it again, ready.
     *
     * @param change the new value from the one before (null when it was not set)
     * @return the variable's value before, to restore it with
     */
    public static String restartWith(String variable, UnaryOperator<String> change)
            throws IOException, InterruptedException {
        run("stop");
        List<String> lines = new ArrayList<>(Files.readAllLines(serverEnv(), StandardCharsets.UTF_8));
        String before = remove(lines, variable);
        lines.add(variable + "=" + change.apply(before));
        Files.write(serverEnv(), lines, StandardCharsets.UTF_8);
        start("server ready again with " + variable + " changed");
        return before;
    }

    /**
     * Stops the server, sets several variables of its {@code server.env} at once (a null value removes one), and
     * starts it again, ready: for changes that only work together, such as a new key and naming it the active one.
     *
     * @return the values before (null where one was not set), to restore them with
     */
    public static Map<String, String> restartWith(Map<String, String> values)
            throws IOException, InterruptedException {
        run("stop");
        List<String> lines = new ArrayList<>(Files.readAllLines(serverEnv(), StandardCharsets.UTF_8));
        Map<String, String> before = new LinkedHashMap<>();
        values.forEach((variable, value) -> {
            before.put(variable, remove(lines, variable));
            if (value != null) {
                lines.add(variable + "=" + value);
            }
        });
        Files.write(serverEnv(), lines, StandardCharsets.UTF_8);
        start("server ready again with " + values.keySet() + " changed");
        return before;
    }

    /** A variable's value in the server's {@code server.env}; null when it is not set. */
    public static String env(String variable) throws IOException {
        return remove(new ArrayList<>(Files.readAllLines(serverEnv(), StandardCharsets.UTF_8)), variable);
    }

    private static Path serverEnv() {
        return Path.of(System.getProperty("it.wlp.dir")).resolve("usr/servers")
                .resolve(System.getProperty("it.server.name")).resolve("server.env");
    }

    /** Removes the variable's lines; the value of the first, or null when there was none. */
    private static String remove(List<String> lines, String variable) {
        String value = null;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(variable + "=")) {
                value = lines.remove(i).substring(variable.length() + 1);
            }
        }
        return value;
    }

    private static void start(String waitingFor) throws IOException, InterruptedException {
        run("start");
        await(waitingFor).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> CollectorApi.get("/health/ready", NOBODY).statusCode() == 200);
    }

    /** Runs {@code bin/server <action>} on the test server. */
    public static void run(String action) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.wlp.dir"));
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action,
                System.getProperty("it.server.name"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " did not finish within 3 minutes");
        }
        assertEquals(0, process.exitValue(), "server " + action + " failed");
    }
}
