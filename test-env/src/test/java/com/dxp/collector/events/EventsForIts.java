package com.dxp.collector.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dxp.collector.genesys.simulator.events.GenesysEvent;
import com.dxp.collector.genesys.simulator.events.GenesysEvents;
import com.dxp.collector.genesys.simulator.events.UserLogin;
import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** What the live events ITs publish and count: token events of a user, the sessions stored, the dead letters. */
public final class EventsForIts {

    private EventsForIts() {
    }

    /** {@code count} token events of one user of the org, a second apart. */
    public static List<GenesysEvent> loginsOf(UUID orgId, String user, int count) {
        List<GenesysEvent> logins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            logins.add(GenesysEvents.userToken(orgId, new UserLogin(user, "Agent", Instant.now()
                    .truncatedTo(ChronoUnit.SECONDS).plusSeconds(i), Duration.ofHours(8), UUID.randomUUID().toString(),
                    "client", "hash-" + i, "192.0.2.9")));
        }
        return logins;
    }

    /** The event ids of the users' stored sessions (up to 1,000 a user), through the read API. */
    public static List<String> sessionsOf(String tenant, List<String> users) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String user : users) {
            HttpResponse<String> page = CollectorApi.get("/api/tenants/" + tenant + "/user-sessions?limit=1000&userId="
                    + user, Account.VIEWER);
            assertEquals(200, page.statusCode(), page.body());
            CollectorApi.json(page).getJsonArray("sessions").getValuesAs(JsonObject.class)
                    .forEach(s -> ids.add(s.getString("eventId")));
        }
        return ids;
    }

    /** Messages in the polled queue's dead-letter queue. */
    public static long deadLettered() {
        return Long.parseLong(SqsForIts.client().getQueueAttributes(b -> b.queueUrl(SqsForIts.start()
                .deadLetterQueueUrl()).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }
}
