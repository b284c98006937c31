package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second collector server beside the test server, on one machine: a copy of the test server's directory (same
 * WAR, same configuration, same PostgreSQL and queues) under the Liberty server name {@code collector2}, with ports
 * of its own ({@code it.second.http.port}, {@code it.second.https.port}), so its identity (host/server name) differs.
 * Its logs, work area, transaction logs and H2 files are its own; the several-servers tests run it on PostgreSQL only.
 */
public final class SecondServer implements AutoCloseable {

    public static final String NAME = "collector2";
    /** What a copy must not share with the first server: its state on disk. */
    private static final Set<String> OWN = Set.of("logs", "workarea", "data", "tranlog", "messaging");

    private final int httpPort;

    private SecondServer(int httpPort) {
        this.httpPort = httpPort;
    }

    /** Copies the test server, sets {@code env} over its server.env, starts it and waits until it is ready. */
    public static SecondServer start(Map<String, String> env) throws IOException, InterruptedException {
        Path servers = wlp().resolve("usr/servers");
        Path first = servers.resolve(System.getProperty("it.server.name"));
        Path second = servers.resolve(NAME);
        if (Files.exists(second)) {
            run("stop");
            delete(second);
        }
        copy(first, second);
        int http = Integer.getInteger("it.second.http.port", 19082);
        List<String> lines = new ArrayList<>(Files.readAllLines(second.resolve("server.env"), StandardCharsets.UTF_8));
        Map<String, String> values = new LinkedHashMap<>(env);
        values.put("HTTP_PORT", Integer.toString(http));
        values.put("HTTPS_PORT", Integer.toString(Integer.getInteger("it.second.https.port", 19445)));
        values.forEach((variable, value) -> {
            lines.removeIf(l -> l.startsWith(variable + "="));
            lines.add(variable + "=" + value);
        });
        Files.write(second.resolve("server.env"), lines, StandardCharsets.UTF_8);
        SecondServer server = new SecondServer(http);
        run("start");
        server.awaitReady("the second server ready");
        return server;
    }

    /** {@code http://host:port} of the second server. */
    public String root() {
        return "http://localhost:" + httpPort;
    }

    /** Kills its process (SIGKILL: nothing flushed, no goodbye to the others, as when a machine dies). */
    public void kill() {
        ProcessHandle server = TestServer.process(NAME);
        server.destroyForcibly();
        server.onExit().join();
    }

    /** Stops it as an operator would: the application stops, and the server says so to the others. */
    public void stop() throws IOException, InterruptedException {
        run("stop");
    }

    /** Starts it again after a kill or a stop, ready. */
    public void startAgain() throws IOException, InterruptedException {
        run("start");
        awaitReady("the second server ready again");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
    }

    private void awaitReady(String what) {
        await(what).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> CollectorApi.get(root(), "/health/ready", NOBODY).statusCode() == 200);
    }

    private static Path wlp() {
        return Path.of(System.getProperty("it.wlp.dir"));
    }

    private static void run(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp().resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " " + NAME + " did not finish within 3 minutes");
        }
        if (!action.equals("stop")) {
            assertEquals(0, process.exitValue(), "server " + action + " " + NAME + " failed");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(f);
                if (relative.getNameCount() > 0 && OWN.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
