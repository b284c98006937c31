package com.dxp.collector.genesys.simulator.events;

import java.util.List;

/**
 * A kind of operational event (the {@code eventEntity} of a {@code v2.operations.events.{id}} notification) and
 * the entities it happens to. The catalogue is invented: the real one is per org behind
 * {@code GET /api/v2/usage/events/definitions}, and its ids and names are unconfirmed here.
 *
 * @param id          definition id
 * @param name        definition name
 * @param description what it means
 * @param entityType  the type of entity it concerns
 * @param errorCode   the error code it carries
 * @param entityNames names of the simulated entities it happens to
 * @param withConversation whether it names the conversation it happened in
 */
public record OperationalEventDefinition(String id, String name, String description, String entityType,
                                         String errorCode, List<String> entityNames, boolean withConversation) {

    public OperationalEventDefinition {
        entityNames = List.copyOf(entityNames);
        if (entityNames.isEmpty()) {
            throw new IllegalArgumentException("entityNames must not be empty");
        }
    }

    /** The simulator's catalogue. */
    public static final List<OperationalEventDefinition> CATALOGUE = List.of(
            new OperationalEventDefinition("ARCHITECT-0001", "Flow runtime error",
                    "An Architect flow encountered an error while running", "FLOW", "FLOW_RUNTIME_ERROR",
                    List.of("Main IVR", "After Hours", "Web Messaging Inbound"), true),
            new OperationalEventDefinition("INTEGRATIONS-0002", "Data action failed",
                    "A data action returned an error", "DATA_ACTION", "DATA_ACTION_EXECUTION_FAILED",
                    List.of("Lookup Customer By Phone", "Create Ticket"), true),
            new OperationalEventDefinition("TELEPHONY-0003", "Trunk disconnected",
                    "A trunk lost its connection", "TRUNK", "TRUNK_DISCONNECTED",
                    List.of("SIP Trunk Primary", "SIP Trunk Backup"), false),
            new OperationalEventDefinition("ROUTING-0004", "Queue overflow",
                    "A queue exceeded its configured capacity", "QUEUE", "QUEUE_CAPACITY_EXCEEDED",
                    List.of("Support", "Sales", "Billing"), false));
}
