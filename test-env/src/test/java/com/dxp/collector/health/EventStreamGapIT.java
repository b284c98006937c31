package com.dxp.collector.health;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.dxp.collector.console.ConsoleBrowser;
import com.dxp.collector.events.SqsForIts;
import com.dxp.collector.genesys.SimulatorForIts;
import com.dxp.collector.genesys.simulator.SimConversation;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import com.dxp.collector.genesys.simulator.events.EventTopic;
import com.dxp.collector.genesys.simulator.events.LiveEventStream;
import com.dxp.collector.genesys.simulator.events.LiveStreamSettings;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import com.dxp.collector.platform.VerifiedTenant;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.openqa.selenium.By;

/**
 * The silent failure a live collector meets most: the customer's EventBridge integration loses the customer.end
 * topic while conversations go on. The simulator publishes a busy org's events live; once the collector has them,
 * the org stops publishing customer.end (login events go on). The tenant must turn non-OK with the reason
 * EVENT_STREAM_SILENT as soon as the check can know (the end of a conversation whose event was dropped, after-call
 * work after its customer left, plus the test server's settle time of 45 s and one check interval of 10 s), and
 * every conversation whose event was dropped must be stored without anyone asking; the console's tenant list and
 * tenant page show the reason. Runs on H2 only: the check's
 * database side is unit-tested on both databases, and this run takes about three minutes.
 */
@MicroShedTest
class EventStreamGapIT {

    /** The test server's settle time and check interval. */
    private static final Duration CHECKED_AFTER = Duration.ofSeconds(45 + 10);
    /** After-call work of the first conversations whose event was dropped, and slack. */
    private static final Duration DETECTION = CHECKED_AFTER.plusMinutes(2);

    static String tenant;
    static SimulatedOrg org;
    static LiveEventStream live;

    @BeforeAll
    static void liveOrgAndTenant() throws Exception {
        assumeFalse("postgres".equals(System.getProperty("it.db.kind")), "the H2 run covers it");
        org = SimulatorForIts.streamOrg();
        tenant = VerifiedTenant.createWithEventSource("stream", SimulatorForIts.STREAM);
        live = new LiveEventStream(List.of(org), SqsForIts.publisher(), LiveStreamSettings.defaults()
                .withAgentLogins(1.0, Duration.ofMinutes(1)), Clock.systemUTC());
        live.start();
    }

    @AfterAll
    static void stopAndPurge() throws Exception {
        if (live != null) {
            live.stop();
        }
        if (tenant != null) {
            VerifiedTenant.purge(tenant);
        }
    }

    @Test
    void shouldTurnATenantWhoseCustomerEndEventsStopNonOkAndStoreWhatTheyMissed() throws Exception {
        // the first check comes only once a window has settled: until then nothing calls the stream silent
        await("the org's customer.end events received").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(2)).until(() -> facts().containsKey("lastConversationEndEventAt"));
        assertFalse(reasonCodes(health()).contains("EVENT_STREAM_SILENT"), "not silent while events come");

        Instant muted = Instant.now();
        live.mute(org.spec().orgId(), EventTopic.CUSTOMER_END);

        await("the tenant non-OK with a silent event stream").atMost(DETECTION).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    JsonObject h = health();
                    return !"OK".equals(h.getString("status")) && reasonCodes(h).contains("EVENT_STREAM_SILENT");
                });
        JsonObject h = health();
        assertTrue(List.of("LATE", "ERROR").contains(h.getString("status")), h.toString());
        assertEquals("SILENT", facts().getJsonObject("eventStream").getString("verdict"));
        assertTrue(Instant.parse(facts().getString("lastEventReceivedAt")).isAfter(muted),
                "the other topics still arrive: only customer.end was lost");
        assertTrue(CollectorApi.get("/api/admin/tenants/" + tenant, Account.VIEWER).body()
                .contains("\"EVENT_STREAM_SILENT\""), "the tenant view carries the reason");
        assertTrue(CollectorApi.get("/api/admin/overview", Account.VIEWER).body().contains(tenant),
                "the overview lists the tenant as needing attention");
        JsonObject listed = CollectorApi.json(CollectorApi.get("/api/admin/overview/tenants?status="
                + h.getString("status"), Account.VIEWER)).getJsonArray("tenants").getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("tenantId").equals(tenant)).findFirst().orElseThrow();
        assertEquals(24, listed.getJsonObject("facts").getJsonArray("conversationsPerHour").size());
        assertTrue(reasonCodes(listed).contains("EVENT_STREAM_SILENT"), listed.toString());
        try (ConsoleBrowser browser = ConsoleBrowser.open()) {
            browser.signIn(Account.VIEWER);
            By row = By.cssSelector("tr[data-tenant='" + tenant + "']");
            browser.awaitText("the console's overview shows the silent stream", "EVENT_STREAM_SILENT");
            assertTrue(browser.find(row).getText().contains(h.getString("status")), browser.find(row).getText());
            browser.screenshot("tenants-overview-stream-silent");
            browser.find(By.cssSelector("tr[data-tenant='" + tenant + "'] a")).click();
            browser.find(By.cssSelector("li[data-reason='EVENT_STREAM_SILENT']"));
            browser.screenshot("tenant-stream-silent");
        }

        // conversations whose customer left in the first minute muted and whose after-call work ended within the
        // next minute (most of it lasts about 30 s), once the checks have passed their end: at a quiet hour the org
        // ends some ten conversations a minute, so a narrower choice could be empty
        Instant mutedMinute = muted.plusSeconds(60);
        Instant settledBy = mutedMinute.plusSeconds(60);
        await("the checks past the muted minute's after-call work").atMost(CHECKED_AFTER.plusSeconds(180))
                .until(() -> Instant.now().minus(CHECKED_AFTER).isAfter(settledBy));
        List<String> dropped;
        try (Stream<SimConversation> started = org.conversations().startingBetween(muted.minus(Duration.ofHours(6)),
                mutedMinute, Instant.now())) {
            dropped = started.filter(c -> c.customerEnd().isAfter(muted.plusSeconds(3))
                    && c.customerEnd().isBefore(mutedMinute) && c.end().isBefore(settledBy))
                    .map(SimConversation::conversationId).toList();
        }
        assertFalse(dropped.isEmpty(), "the org ends conversations every minute");
        await("every conversation whose event was dropped stored, unasked").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2)).until(() -> dropped.stream().allMatch(this::stored));
    }

    private boolean stored(String conversationId) {
        try {
            return CollectorApi.get("/api/tenants/" + tenant + "/conversations/" + conversationId, Account.VIEWER)
                    .statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonObject health() throws Exception {
        return CollectorApi.json(CollectorApi.get("/api/admin/tenants/" + tenant + "/health", Account.VIEWER));
    }

    private static JsonObject facts() throws Exception {
        return health().getJsonObject("facts");
    }

    private static List<String> reasonCodes(JsonObject health) {
        return health.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("code")).toList();
    }
}
