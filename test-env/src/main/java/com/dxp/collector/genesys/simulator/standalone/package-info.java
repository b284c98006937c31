/**
 * The simulator as one running thing: the Genesys Cloud REST API, ElasticMQ with the EventBridge queue and its
 * dead-letter queue, and the live event stream, started together for the demo, for standalone use
 * ({@link com.dxp.collector.genesys.simulator.standalone.SimulatorMain}) and for tests.
 */
package com.dxp.collector.genesys.simulator.standalone;
