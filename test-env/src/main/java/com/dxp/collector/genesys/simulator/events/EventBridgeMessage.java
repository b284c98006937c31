package com.dxp.collector.genesys.simulator.events;

import com.dxp.collector.genesys.simulator.EscapingJsonWriter;
import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One EventBridge event as its SQS target receives it: the envelope, plus the ids tests and retries need.
 *
 * @param id            the EventBridge event id ({@code id})
 * @param correlationId Genesys's correlation id ({@code detail.metadata.CorrelationId}), the same on a retry
 * @param envelope      the whole envelope
 */
public record EventBridgeMessage(String id, String correlationId, JsonObject envelope) {

    public EventBridgeMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(envelope, "envelope");
    }

    /** The SQS message body: the envelope as compact JSON, control characters and lone surrogates escaped. */
    public String body() {
        return EscapingJsonWriter.toJson(envelope);
    }
}
