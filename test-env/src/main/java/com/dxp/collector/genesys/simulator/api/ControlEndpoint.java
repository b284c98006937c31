package com.dxp.collector.genesys.simulator.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.time.Duration;
import java.util.ArrayList;
import com.dxp.collector.genesys.simulator.events.EventTopic;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's own HTTP API under {@code /simulator} (no auth; loopback only), for driving a running simulator
 * from outside the JVM: {@code POST /simulator/clients/{clientId}/revoke|reinstate}, {@code GET|POST|DELETE
 * /simulator/faults} (POST takes one fault object or an array), {@code GET|DELETE /simulator/requests}, and
 * {@code DELETE /simulator/removed/...} to remove a team, skill, flow, journey segment or team member (with
 * {@code POST .../restore} to undo), as {@link SimulatorControl} does in the same JVM.
 */
final class ControlEndpoint {

    private final SimulatorControl control;

    ControlEndpoint(SimulatorControl control) {
        this.control = control;
    }

    void register(Router router) {
        router.add("POST", "/simulator/clients/{clientId}/revoke", this::revoke)
                .add("POST", "/simulator/clients/{clientId}/reinstate", this::reinstate)
                .add("GET", "/simulator/faults", this::listFaults)
                .add("POST", "/simulator/faults", this::injectFaults)
                .add("DELETE", "/simulator/faults", call -> {
                    control.clearFaults();
                    return SimResponse.noContent();
                })
                .add("POST", "/simulator/orgs/{orgId}/events/mute", this::mute)
                .add("POST", "/simulator/orgs/{orgId}/events/unmute", this::unmute)
                .add("DELETE", "/simulator/removed/{kind}/{id}", call -> removal(call, true))
                .add("POST", "/simulator/removed/{kind}/{id}/restore", call -> removal(call, false))
                .add("DELETE", "/simulator/removed/teams/{teamId}/members/{userId}", call -> {
                    control.removeTeamMember(call.pathParam("teamId"), call.pathParam("userId"));
                    return SimResponse.noContent();
                })
                .add("POST", "/simulator/removed/teams/{teamId}/members/{userId}/restore", call -> {
                    control.restoreTeamMember(call.pathParam("teamId"), call.pathParam("userId"));
                    return SimResponse.noContent();
                })
                .add("GET", "/simulator/requests", this::requests)
                .add("DELETE", "/simulator/requests", call -> {
                    control.requests().reset();
                    return SimResponse.noContent();
                });
    }

    /** {@code kind}: {@code teams}, {@code skills}, {@code flows} or {@code journey-segments}. */
    private SimResponse removal(ApiCall call, boolean remove) {
        String id = call.pathParam("id");
        switch (call.pathParam("kind")) {
            case "teams" -> run(remove, control::removeTeam, control::restoreTeam, id);
            case "skills" -> run(remove, control::removeSkill, control::restoreSkill, id);
            case "flows" -> run(remove, control::removeFlow, control::restoreFlow, id);
            case "journey-segments" -> run(remove, control::removeJourneySegment, control::restoreJourneySegment, id);
            default -> throw ApiException.notFound("kind must be teams, skills, flows or journey-segments.");
        }
        return SimResponse.noContent();
    }

    private static void run(boolean remove, java.util.function.Consumer<String> removal,
                            java.util.function.Consumer<String> restoral, String id) {
        (remove ? removal : restoral).accept(id);
    }

    /** {@code ?topic=CUSTOMER_END} (repeatable; none: every topic) stops publishing the org's live events. */
    private SimResponse mute(ApiCall call) {
        EventTopic[] topics;
        try {
            topics = call.params("topic").stream().map(t -> EventTopic.valueOf(t.trim().toUpperCase(Locale.ROOT)))
                    .toArray(EventTopic[]::new);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("topic must be one of " + List.of(EventTopic.values()) + ".");
        }
        if (!control.muteEvents(orgId(call), topics)) {
            throw new ApiException(409, "conflict", "No live event stream runs.");
        }
        return SimResponse.noContent();
    }

    private SimResponse unmute(ApiCall call) {
        if (!control.unmuteEvents(orgId(call))) {
            throw new ApiException(409, "conflict", "No live event stream runs.");
        }
        return SimResponse.noContent();
    }

    private static UUID orgId(ApiCall call) {
        try {
            return UUID.fromString(call.pathParam("orgId"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Unknown org.");
        }
    }

    private SimResponse revoke(ApiCall call) {
        try {
            control.revokeClient(call.pathParam("clientId"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Unknown client.");
        }
        return SimResponse.noContent();
    }

    private SimResponse reinstate(ApiCall call) {
        try {
            control.reinstateClient(call.pathParam("clientId"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Unknown client.");
        }
        return SimResponse.noContent();
    }

    private SimResponse injectFaults(ApiCall call) {
        JsonValue body = Json.readValue(call.body());
        List<JsonObject> specs = new ArrayList<>();
        if (body.getValueType() == JsonValue.ValueType.ARRAY) {
            body.asJsonArray().forEach(v -> specs.add(asObject(v)));
        } else {
            specs.add(asObject(body));
        }
        List<Fault> faults = new ArrayList<>();
        for (JsonObject spec : specs) {
            faults.add(fault(spec));
        }
        control.inject(faults.toArray(Fault[]::new));
        return SimResponse.noContent();
    }

    private SimResponse listFaults(ApiCall call) {
        return SimResponse.ok(Json.write(g -> {
            g.writeStartArray();
            control.faults().forEach(f -> g.writeStartObject()
                    .write("kind", f.kind().name()).write("method", f.method()).write("pathPrefix", f.pathPrefix())
                    .write("probability", f.probability()).write("status", f.status())
                    .write("latencyMs", f.minLatency().toMillis()).write("maxLatencyMs", f.maxLatency().toMillis())
                    .write("retryAfterSeconds", f.retryAfterSeconds()).write("holdMs", f.hold().toMillis())
                    .write("times", f.times()).writeEnd());
            g.writeEnd();
        }));
    }

    private SimResponse requests(ApiCall call) {
        RequestLog.Counts counts = control.requests().snapshot();
        return SimResponse.ok(Json.write(g -> {
            g.writeStartObject().write("total", counts.total());
            counts(g, "byEndpoint", counts.byEndpoint());
            g.writeStartObject("byClient");
            counts.byClientEndpoint().forEach((client, endpoints) -> counts(g, client, endpoints));
            g.writeEnd().writeEnd();
        }));
    }

    private static void counts(JsonGenerator g, String name, Map<String, Long> counts) {
        g.writeStartObject(name);
        counts.forEach(g::write);
        g.writeEnd();
    }

    private static Fault fault(JsonObject spec) {
        try {
            FaultKind kind = FaultKind.valueOf(spec.getString("kind", "").toUpperCase(Locale.ROOT));
            Duration latency = Duration.ofMillis(longOr(spec, "latencyMs", 0));
            Duration maxLatency = Duration.ofMillis(longOr(spec, "maxLatencyMs", latency.toMillis()));
            return new Fault(kind, spec.getString("method", "*"), spec.getString("pathPrefix", "*"),
                    spec.containsKey("probability") ? spec.getJsonNumber("probability").doubleValue() : 1.0,
                    (int) longOr(spec, "status", 0), latency, maxLatency, (int) longOr(spec, "retryAfterSeconds", 1),
                    Duration.ofMillis(longOr(spec, "holdMs", 30_000)), (int) longOr(spec, "times", 0));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw ApiException.badRequest("Invalid fault: " + e.getMessage() + "; kinds are "
                    + List.of(FaultKind.values()) + ".");
        }
    }

    private static long longOr(JsonObject spec, String name, long fallback) {
        return spec.containsKey(name) ? spec.getJsonNumber(name).longValue() : fallback;
    }

    private static JsonObject asObject(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("A fault must be a JSON object.");
        }
        return value.asJsonObject();
    }
}
