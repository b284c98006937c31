package com.dxp.collector.platform;

import static com.dxp.collector.platform.CollectorApi.Account.NOBODY;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The server under test as an operator handles it: {@code bin/server stop} and {@code start}, then ready. */
public final class TestServer {

    private TestServer() {
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
        String wlp = Path.of(System.getProperty("it.wlp.dir")).toString();
        String name = System.getProperty("it.server.name");
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(wlp) && c.contains("ws-server.jar")
                        && c.endsWith(" " + name)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no running server " + name + " under " + wlp));
        server.destroyForcibly();
        server.onExit().join();
        run("start");
        await("server ready again after a crash").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
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
