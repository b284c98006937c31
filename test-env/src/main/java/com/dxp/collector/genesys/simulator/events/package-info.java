/**
 * The EventBridge-into-SQS side of the Genesys Cloud simulator: a local SQS ({@link LocalSqs}, embedded
 * ElasticMQ on loopback with a dead-letter queue), the three Genesys topics the collector subscribes to
 * ({@link EventTopic}, bodies from {@link GenesysEvents}), the EventBridge envelope around them
 * ({@link EventBridgeEnvelopes}), a publisher that can also misbehave the way real deliveries do
 * ({@link EventBridgePublisher}: duplicates, retries, reordering, malformed messages), and the live mode that
 * turns simulated time into events ({@link LiveEventStream}). Shapes follow
 * {@code shared/reference/genesys-cloud.md} §6.
 */
package com.dxp.collector.genesys.simulator.events;
