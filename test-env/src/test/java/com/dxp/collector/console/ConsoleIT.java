package com.dxp.collector.console;

import static com.dxp.collector.platform.CollectorApi.Account.ADMIN;
import static com.dxp.collector.platform.CollectorApi.Account.VIEWER;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.backfill.BackfillRuns;
import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.api.Fault;
import com.dxp.collector.genesys.simulator.events.GenesysEvents;
import com.dxp.collector.genesys.simulator.events.UserLogin;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.TestServer;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The console in a real browser against the real server and the simulator: signing in as admin and as viewer,
 * adding a tenant through the form and seeing it verified with its permission probes, starting a backfill after its
 * estimate and seeing it finish, opening one of its conversations with its segments and voice quality, and a viewer
 * who sees no write control and whose forged write is refused; enabling a tenant and replaying its quarantined event
 * from the events page; stopping a running backfill and restarting it; a refused credential rotation showing the
 * server's problem, then a good one; a keyboard user's round through every page
 * with its controls labelled and its focus visible. Each test saves a screenshot of the pages it checked under
 * {@code target/console-screenshots}.
 */
@MicroShedTest
class ConsoleIT {

    private static final Pattern TENANT_PAGE = Pattern.compile("#/tenants/([0-9a-f-]{36})$");
    private String tenantId;

    @BeforeAll
    static void onTheEmbeddedDatabaseRun() {
        // the console reads the API the other tests check on both databases: one browser run per CI run is enough
        TestServer.onlyOnTheEmbeddedDatabase();
    }

    @AfterEach
    void purgeTheTenantAdded() throws Exception {
        if (tenantId != null) {
            VerifiedTenant.purge(tenantId);
        }
    }

    @Test
    void shouldSendTheRootToTheConsoleUnderAStrictContentSecurityPolicy() throws Exception {
        // as a browser asks: HTTP/1.1 (Liberty's cleartext HTTP/2 upgrade, which only non-browser clients try,
        // stalls on static files)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> root = client.send(HttpRequest.newBuilder(URI.create(CollectorApi.root() + "/"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertEquals("/console/", root.headers().firstValue("Location").orElse(""));

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(CollectorApi.root() + "/console/"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertFalse(page.body().contains("<script>"), "no inline script");
        HttpResponse<String> module = client.send(HttpRequest.newBuilder(URI.create(CollectorApi.root()
                + "/console/js/main.js")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("text/javascript", module.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    }

    @Test
    void shouldAddATenantThroughTheFormAndShowItVerifiedWithItsProbes() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.signIn(ADMIN);
            browser.find(By.cssSelector("table[aria-label=Tenants]"));
            browser.screenshot("tenants-overview-admin");

            String name = "Console " + UUID.randomUUID().toString().substring(0, 8);
            browser.type(By.id("add-name"), name);
            browser.type(By.id("add-base-url"), SimulatorForIts.start().baseUri().toString());
            browser.type(By.id("add-client-id"), SimulatorForIts.FULL);
            browser.type(By.id("add-client-secret"), SimulatorForIts.secretOf(SimulatorForIts.FULL));
            browser.find(By.cssSelector("form[aria-labelledby=add-title] button[type=submit]")).click();

            tenantId = await("the new tenant's page opens").atMost(Duration.ofSeconds(60)).until(() -> {
                Matcher m = TENANT_PAGE.matcher(browser.url());
                return m.find() ? m.group(1) : null;
            }, id -> id != null);
            browser.find(By.cssSelector("tr[data-permission='analytics:conversationDetail:view']"));
            browser.awaitText("the probes show the granted permissions", "GRANTED");
            assertEquals(9, browser.all(By.cssSelector("tr[data-permission]")).size(), browser.text());
            assertFalse(browser.text().contains(SimulatorForIts.secretOf(SimulatorForIts.FULL)),
                    "the secret is never shown");
            browser.screenshot("tenant-verified");

            browser.find(By.cssSelector("form[aria-label=Backfill] button[type=submit]")).click();
            browser.awaitText("the dry-run estimate", "API calls");
            browser.find(By.xpath("//button[text()='Start backfill']")).click();
            browser.find(By.cssSelector("tr[data-run^='backfills/']"));
            browser.awaitText("the backfill completes", "COMPLETED", Duration.ofMinutes(3));
            browser.screenshot("tenant-backfill-completed");

            browser.find(By.linkText("all conversations")).click();
            browser.find(By.cssSelector("tr[data-conversation] a")).click();
            browser.find(By.cssSelector("svg[aria-label^='Segments']"));
            assertFalse(browser.all(By.cssSelector("tr[data-session]")).isEmpty(), browser.text());
            browser.screenshot("conversation-detail");

            // the admin's session cookie reads, but alone (as another site's forged request would send it) it
            // changes nothing: a change needs the console's header too
            String cookie = "dxp_session=" + browser.cookie("dxp_session");
            assertEquals(200, withCookie("GET", "/api/admin/tenants/" + tenantId, cookie).statusCode());
            assertEquals(401, withCookie("POST", "/api/admin/tenants/" + tenantId + "/verify", cookie).statusCode());
        }
    }

    @Test
    void shouldShowTheViewerNoWriteControlAndRefuseAForgedWrite() throws Exception {
        tenantId = VerifiedTenant.create("Console viewer", SimulatorForIts.FULL);
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.signIn(VIEWER);
            browser.find(By.cssSelector("tr[data-tenant='" + tenantId + "'] a")).click();
            browser.find(By.cssSelector("tr[data-permission]"));
            assertTrue(browser.all(By.tagName("button")).stream()
                    .allMatch(b -> b.getText().equals("Sign out") || !b.isDisplayed()), browser.text());
            assertTrue(browser.all(By.id("add-name")).isEmpty(), "no form to add a tenant");
            browser.screenshot("tenant-viewer");

            // from the page itself the viewer's write is refused (403)
            Object status = browser.script("const done = arguments[arguments.length - 1];"
                    + "fetch('/api/admin/tenants/" + tenantId + "/verify', {method: 'POST',"
                    + " headers: {'X-DXP-Console': '1'}}).then(r => done(r.status));");
            assertEquals(403L, status);
            // and the session cookie alone, as a forged request from elsewhere would carry it, changes nothing (401)
            String cookie = "dxp_session=" + browser.cookie("dxp_session");
            HttpResponse<String> forged = withCookie("POST", "/api/admin/tenants/" + tenantId + "/verify", cookie);
            assertEquals(401, forged.statusCode(), forged.body());
        }
    }

    @Test
    void shouldEnableATenantAndReplayItsQuarantinedEventFromTheConsole() throws Exception {
        tenantId = VerifiedTenant.createWithEventSource("Console events", SimulatorForIts.LIVE);
        assertEquals(200, CollectorApi.delete("/api/admin/tenants/" + tenantId, ADMIN).statusCode(), "disabled");
        String user = UUID.randomUUID().toString();
        SqsForIts.publisher().publishAll(List.of(GenesysEvents.userToken(SimulatorForIts.liveOrg().orgId(),
                new UserLogin(user, "Agent", Instant.now().truncatedTo(ChronoUnit.SECONDS), Duration.ofHours(8),
                        UUID.randomUUID().toString(), "client", "hash-console", "192.0.2.9"))));
        String message = await("the disabled tenant's event quarantined").atMost(Duration.ofSeconds(60))
                .until(() -> waitingMessageAbout(user), id -> id != null);

        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.signIn(ADMIN);
            browser.go("/console/#/tenants/" + tenantId);
            browser.find(By.id("enable")).click();
            browser.find(By.id("disable"));
            browser.go("/console/#/events");
            browser.find(By.cssSelector("tr[data-message='" + message + "']"));
            browser.screenshot("events-quarantine");
            browser.find(By.cssSelector("tr[data-message='" + message + "'] button")).click();
            await("the replayed message leaves the quarantine").atMost(Duration.ofSeconds(30))
                    .until(() -> browser.all(By.cssSelector("tr[data-message='" + message + "']")).isEmpty());
            HttpResponse<String> sessions = CollectorApi.get("/api/tenants/" + tenantId + "/user-sessions?userId="
                    + user, VIEWER);
            assertEquals(1, CollectorApi.json(sessions).getJsonArray("sessions").size(), sessions.body());

            browser.go("/console/#/tenants/" + tenantId + "/activity");
            browser.find(By.cssSelector("table[aria-label='User sessions']"));
            browser.awaitText("the replayed login among the user sessions", "192.0.2.9");
            browser.screenshot("tenant-activity");
        }
    }

    @Test
    void shouldStopARunningBackfillAndRestartItFromTheTenantPage() throws Exception {
        tenantId = VerifiedTenant.create("Console runs", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String run;
        // slow pages, so the run is still going when it is stopped
        SimulatorForIts.start().control().inject(Fault.latency(Duration.ofMillis(250))
                .on("POST", "/api/v2/analytics/conversations/details/query"));
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            HttpResponse<String> started = CollectorApi.postJson("/api/admin/tenants/" + tenantId + "/backfills",
                    "{\"from\":\"" + today.minus(Duration.ofDays(35)) + "\",\"to\":\""
                            + today.minus(Duration.ofDays(28)) + "\",\"strategy\":\"query\"}", ADMIN);
            assertEquals(202, started.statusCode(), started.body());
            run = "backfills/" + CollectorApi.json(started).getJsonObject("run").getJsonNumber("id");
            browser.signIn(ADMIN);
            browser.go("/console/#/tenants/" + tenantId);
            browser.find(runButton(run, "Stop")).click();
            await("the run shows STOPPED").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> browser.find(runRow(run)).getText().contains("STOPPED"));
            browser.screenshot("tenant-run-stopped");
        } finally {
            SimulatorForIts.start().control().clearFaults();
        }
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.signIn(ADMIN);
            browser.go("/console/#/tenants/" + tenantId);
            // a restart right after the stop may be refused (409) while its partitions end: the button stays, and is
            // pressed again
            await("the restarted run completes").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(3))
                    .ignoreExceptions().until(() -> {
                        browser.all(runButton(run, "Restart")).forEach(b -> b.click());
                        return browser.find(runRow(run)).getText().contains("COMPLETED");
                    });
            browser.screenshot("tenant-run-restarted");
        }
    }

    @Test
    void shouldShowTheProblemOfARefusedRotationAndRotateToAVerifiedCredential() throws Exception {
        tenantId = VerifiedTenant.create("Console rotation", SimulatorForIts.FULL);
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.signIn(ADMIN);
            browser.go("/console/#/tenants/" + tenantId);
            browser.type(By.id("rotate-client-id"), SimulatorForIts.FULL);
            browser.type(By.id("rotate-client-secret"), "not-the-secret");
            browser.find(By.cssSelector("form[aria-label='Rotate credentials'] button")).click();
            WebElement message = browser.find(By.id("message"));
            browser.awaitText("the server's problem shown", "Unprocessable Content");
            assertFalse(message.getText().contains("not-the-secret"), message.getText());
            assertEquals("", browser.find(By.id("rotate-client-secret")).getAttribute("value"),
                    "the secret field is emptied");
            browser.screenshot("tenant-rotation-refused");

            browser.type(By.id("rotate-client-id"), SimulatorForIts.FULL);
            browser.type(By.id("rotate-client-secret"), SimulatorForIts.secretOf(SimulatorForIts.FULL));
            browser.find(By.cssSelector("form[aria-label='Rotate credentials'] button")).click();
            browser.awaitText("the new credential active", "verified and is now active");
            assertFalse(browser.text().contains(SimulatorForIts.secretOf(SimulatorForIts.FULL)));
        }
        JsonObject tenant = CollectorApi.json(CollectorApi.get("/api/admin/tenants/" + tenantId, ADMIN));
        assertEquals("ACTIVE", tenant.getJsonObject("credential").getString("status"), tenant.toString());
        assertEquals("VERIFIED", tenant.getString("state"));
    }

    /**
     * A keyboard user's round: sign in without a mouse, reach a tenant, its conversations, one conversation, the
     * events and the audit trail by Tab and Enter only, every focused control drawing its focus ring, and no visible
     * control on any of these pages without an accessible name. Each page is saved as a screenshot.
     */
    @Test
    void shouldBeUsableWithTheKeyboardAloneWithEveryControlLabelled() throws Exception {
        tenantId = VerifiedTenant.create("Console keys", SimulatorForIts.FULL);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        BackfillRuns.completed(tenantId, BackfillRuns.start(tenantId, today.minus(Duration.ofDays(2)), today,
                "query"), Duration.ofMinutes(3));
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.go("/console/");
            await("the sign-in form has the focus").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> "signin-user".equals(browser.focused().getAttribute("id")));
            assertEquals(List.of(), browser.unlabelledControls(), "sign-in page");
            browser.screenshot("signin");
            browser.press(ADMIN.username(), Keys.TAB, ADMIN.password(), Keys.ENTER);
            browser.awaitText("signed in by keyboard", ADMIN.username() + " (admin)");

            browser.find(By.cssSelector("tr[data-tenant='" + tenantId + "']"));
            keyboardPage(browser, "tenants-overview");
            browser.tabTo("the tenant's link", e -> e.getAttribute("href") != null
                    && e.getAttribute("href").endsWith("#/tenants/" + tenantId), 300);
            browser.press(Keys.ENTER);
            browser.find(By.cssSelector("table.calendar"));
            browser.find(By.cssSelector("tr[data-permission]"));
            keyboardPage(browser, "tenant");

            follow(browser, "the conversations link", "list and filter");
            browser.find(By.cssSelector("tr[data-conversation] a"));
            keyboardPage(browser, "conversations");
            browser.tabTo("a conversation", e -> e.getAttribute("href") != null
                    && e.getAttribute("href").matches(".*/conversations/[0-9a-f-]{36}$"), 300);
            browser.press(Keys.ENTER);
            browser.find(By.cssSelector("svg[aria-label^='Segments']"));
            keyboardPage(browser, "conversation");

            follow(browser, "the events section", "Events");
            browser.find(By.cssSelector("table[aria-label=Queues]"));
            keyboardPage(browser, "events");
            follow(browser, "the audit section", "Audit");
            browser.find(By.cssSelector("table[aria-label='Audit entries']"));
            keyboardPage(browser, "audit");
        }
    }

    /** Checks the page's controls are labelled and that the next focused one shows its focus; saves the page. */
    private static void keyboardPage(ConsoleBrowser browser, String page) throws Exception {
        assertEquals(List.of(), browser.unlabelledControls(), page + ": controls without an accessible name");
        browser.press(Keys.TAB);
        assertTrue(browser.focusVisible(), page + ": no focus ring on " + browser.focused().getText());
        browser.screenshot(page);
    }

    /** Tabs to the link named {@code text} and presses Enter. */
    private static void follow(ConsoleBrowser browser, String what, String text) {
        browser.tabTo(what, e -> "a".equals(e.getTagName()) && text.equals(e.getText().strip()), 400);
        browser.press(Keys.ENTER);
    }

    private static By runRow(String run) {
        return By.cssSelector("tr[data-run='" + run + "']");
    }

    private static By runButton(String run, String label) {
        return By.xpath("//tr[@data-run='" + run + "']//button[text()='" + label + "']");
    }

    /** The id of the waiting quarantined message whose body names {@code text}, or null. */
    private static String waitingMessageAbout(String text) throws Exception {
        HttpResponse<String> page = CollectorApi.get("/api/admin/quarantine?waiting=true&limit=200", ADMIN);
        return CollectorApi.json(page).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("rawBody", "").contains(text)).map(m -> m.getString("id")).findFirst()
                .orElse(null);
    }

    /** A request carrying a session cookie and nothing else, as a page of another site could make a browser send. */
    private static HttpResponse<String> withCookie(String method, String path, String cookie) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create(CollectorApi.root() + path)).header("Cookie", cookie).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
