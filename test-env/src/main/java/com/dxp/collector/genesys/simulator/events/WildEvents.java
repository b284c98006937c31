package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.data.WildText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The events of a wild org as real ones can be: about one in three carries a property the SDK does not know
 * (with a nested object) and a string that is 10,000 characters long, holds control characters, or holds emoji
 * and unpaired surrogates; one in fifteen carries an {@code eventTime} ({@code customer.end}) or
 * {@code timestamp} (operational) of {@link Long#MAX_VALUE}. The rest of the event, and so its envelope, stays
 * valid. Which events and how follows from the org seed and the event, so the same event turns out the same.
 */
public final class WildEvents {

    private static final double WILD_SHARE = 1 / 3.0;
    private static final double HUGE_TIME_SHARE = 1 / 15.0;

    private WildEvents() {
    }

    /** The event as a wild org with this seed sends it (often unchanged). */
    public static GenesysEvent roughen(GenesysEvent event, long orgSeed) {
        String key = event.topicName() + "@" + event.timestamp().toEpochMilli();
        double roll = SeededIds.fraction(orgSeed, "wild-event", key);
        if (roll >= WILD_SHARE) {
            return event;
        }
        boolean hugeTime = roll < HUGE_TIME_SHARE;
        int kind = Math.floorMod(SeededIds.mix(orgSeed, "wild-event-kind", key), 3);
        JsonObject body = event.eventBody();
        JsonObjectBuilder wild = Json.createObjectBuilder(body).add("deliveryHints", Json.createObjectBuilder()
                .add("priority", kind).add("route", Json.createObjectBuilder().add("region", "mars-north-1")
                        .add("hops", Json.createArrayBuilder().add("edge").add("relay"))));
        switch (event.topic()) {
            case CUSTOMER_END -> {
                wild.add("subject", text(kind, "Re: your order " + event.topicId()));
                if (hugeTime) {
                    wild.add("eventTime", Long.MAX_VALUE);
                }
            }
            case USER_TOKENS -> {
                JsonObject user = body.getJsonObject("user");
                wild.add("user", Json.createObjectBuilder(user).add("name", text(kind, user.getString("name"))));
            }
            case OPERATIONAL_EVENTS -> {
                wild.add("entityName", text(kind, body.getString("entityName", "Unnamed entity")));
                if (hugeTime) {
                    wild.add("timestamp", Long.MAX_VALUE);
                }
            }
        }
        return new GenesysEvent(event.orgId(), event.topic(), event.topicId(), event.timestamp(), wild.build());
    }

    private static String text(int kind, String base) {
        return switch (kind) {
            case 0 -> WildText.lengthened(base, WildText.LONGEST);
            case 1 -> WildText.withControlCharacters(base);
            default -> WildText.withUnpairedSurrogates(WildText.withAstralCharacters(base));
        };
    }
}
