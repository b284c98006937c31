/**
 * A Genesys Cloud simulator faithful enough that the collector cannot tell it from the real service (see
 * {@code ../shared/reference/genesys-cloud.md}): simulated orgs whose data is generated deterministically from a
 * seed ({@code data}: directory, reference data, conversations), the REST API with OAuth, permissions, rate limits and faults ({@code api}), and the
 * EventBridge-into-SQS side with ElasticMQ ({@code events}). This package holds the contract between them.
 */
package com.dxp.collector.genesys.simulator;
