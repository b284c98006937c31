package com.dxp.collector.platform.demo;

import com.dxp.collector.genesys.simulator.standalone.LocalGenesysCloud;
import com.dxp.collector.genesys.simulator.standalone.LocalGenesysCloudConfig;
import com.dxp.collector.genesys.simulator.standalone.SimulatorMain;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The README's run command ({@code mvn -Pdemo package}) ends here: it gives the server created by the Liberty
 * plugin fresh demo accounts and a database of its own, runs it in the foreground, and prints where to go once
 * {@code /health/ready} is UP. Before the server it starts the local Genesys Cloud (simulated API, ElasticMQ
 * with the EventBridge queue, live events); Ctrl-C stops both cleanly. Demo tenants come with the tenant
 * feature.
 *
 * <p>Arguments: the Liberty install folder, the server name, the HTTP port, the HTTPS port, the demo data folder.
 */
public final class DemoLauncher {

    private static final Logger LOG = consoleLogger();
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Path wlp;
    private final String serverName;
    private final int httpPort;
    private final int httpsPort;
    private final Path dataDir;

    private DemoLauncher(Path wlp, String serverName, int httpPort, int httpsPort, Path dataDir) {
        this.wlp = wlp;
        this.serverName = serverName;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: DemoLauncher <wlp dir> <server> <http port> <https port> <data dir>");
        }
        DemoLauncher launcher = new DemoLauncher(Path.of(args[0]), args[1], Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Path.of(args[4]).toAbsolutePath());
        System.exit(launcher.run());
    }

    private int run() throws IOException, InterruptedException {
        // the Genesys Cloud the collector will talk to: simulated API, SQS queue and live events, all local
        // its live events start once the demo tenants are registered: none is quarantined for an unknown tenant
        LocalGenesysCloud genesys = LocalGenesysCloud.start(LocalGenesysCloudConfig.fromSystemProperties(),
                Clock.systemUTC(), false);
        DemoAccounts accounts = DemoAccounts.generate(new SecureRandom());
        Files.createDirectories(dataDir);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(httpPort));
        env.put("HTTPS_PORT", String.valueOf(httpsPort));
        env.put("DB_H2_PATH", dataDir.resolve("collector").toString());
        env.put("SECURITY_ADMIN_PASSWORD", accounts.adminPassword());
        env.put("SECURITY_VIEWER_PASSWORD", accounts.viewerPassword());
        // the demo's tenant secrets are encrypted under a key kept beside its database, so they survive restarts
        env.put("TENANT_SECRET_KEYS", "demo:" + DemoSecretKey.loadOrCreate(dataDir.resolve("secret-key")));
        env.put("TENANT_SECRET_ACTIVE_KEY", "demo");
        // demo tenants point at the local simulator rather than a Genesys region
        env.put("TENANT_ALLOW_EXPLICIT_BASE_URL", "true");
        URI simulator = genesys.api().baseUri();
        env.put("TENANT_EXPLICIT_BASE_URL_ORIGINS", simulator.getScheme() + "://" + simulator.getAuthority());
        // live events: the collector polls the local EventBridge queue the simulator's live stream feeds
        URI queue = URI.create(genesys.queues().queueUrl());
        env.put("EVENTS_SQS_QUEUE_URLS", queue.toString());
        env.put("EVENTS_SQS_ENDPOINT", queue.getScheme() + "://" + queue.getAuthority());
        env.put("EVENTS_SQS_REGION", "us-east-1");
        ServerEnvFile.rewrite(wlp.resolve("usr/servers").resolve(serverName).resolve("server.env"), env);

        Process server = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", serverName)
                .inheritIO()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(server);
            genesys.close();
        }, "demo-shutdown"));

        if (awaitReady(server)) {
            DemoTenants demoTenants = new DemoTenants(URI.create("http://localhost:" + httpPort),
                    accounts.adminPassword());
            List<String> tenants = registerThenGoLive(
                    () -> demoTenants.register(genesys.orgs(), genesys.api().baseUri()), genesys::startLive);
            LOG.info(SimulatorMain.describe(genesys) + "\nDemo tenants:\n  " + String.join("\n  ", tenants)
                    + "\n" + banner(accounts));
        } else if (server.isAlive()) {
            LOG.severe("The server did not become ready within " + READY_TIMEOUT.toMinutes()
                    + " minutes; see " + wlp.resolve("usr/servers").resolve(serverName).resolve("logs/messages.log"));
        }
        return server.waitFor();
    }

    /**
     * Registers the demo tenants, and only then starts the simulator's live events: an event of an org the collector
     * has no tenant for yet would be quarantined, so the demo would open on its own quarantined first events. The
     * live stream waited since the simulator started and publishes that time on its first tick, so nothing is lost.
     * A registration that fails leaves the live events stopped.
     *
     * @return the registered tenants, as the banner lists them
     */
    static List<String> registerThenGoLive(TenantRegistration tenants, Runnable startLive)
            throws IOException, InterruptedException {
        List<String> registered = tenants.register();
        startLive.run();
        return registered;
    }

    /** Registers the demo tenants with the running collector; a seam so the order above is tested without one. */
    @FunctionalInterface
    interface TenantRegistration {
        List<String> register() throws IOException, InterruptedException;
    }

    private boolean awaitReady(Process server) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private String banner(DemoAccounts accounts) {
        String base = "http://localhost:" + httpPort;
        return String.join("\n",
                "",
                "DXP Collector is running (demo mode, embedded H2 in " + dataDir + ").",
                "  Console     " + base + "/console/   (sign in with an account below)",
                "  API         " + base + "/api   (HTTPS: https://localhost:" + httpsPort + "/api)",
                "  OpenAPI UI  " + base + "/openapi/ui",
                "  Health      " + base + "/health/ready",
                "  Metrics     " + base + "/metrics",
                "  Accounts (new for this run):",
                "    admin  / " + accounts.adminPassword(),
                "    viewer / " + accounts.viewerPassword(),
                "  Try:  curl -u admin:" + accounts.adminPassword() + " " + base + "/api/admin/tenants",
                "Press Ctrl-C to stop.",
                "");
    }

    /** On Ctrl-C the server has the same signal; this makes sure it is gone before the launcher exits. */
    private void stop(Process server) {
        if (!server.isAlive()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", serverName)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(60, TimeUnit.SECONDS);
            server.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not stop the server cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Logger consoleLogger() {
        Logger logger = Logger.getLogger(DemoLauncher.class.getName());
        logger.setUseParentHandlers(false);
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return "[demo] " + formatMessage(record) + System.lineSeparator();
            }
        });
        logger.addHandler(handler);
        return logger;
    }

    /** The two API accounts of one demo run. */
    record DemoAccounts(String adminPassword, String viewerPassword) {

        static DemoAccounts generate(SecureRandom random) {
            return new DemoAccounts(password(random), password(random));
        }

        /** 18 random bytes, URL-safe base64: 24 characters, nothing a shell or URL needs to escape. */
        static String password(SecureRandom random) {
            byte[] bytes = new byte[18];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
