/**
 * The simulated Genesys Cloud REST API: {@link com.dxp.collector.genesys.simulator.api.GenesysSimulator} serves
 * {@code /oauth/token} and the {@code /api/v2} endpoints the collector calls, with the status codes, headers and
 * error bodies of the real service (OAuth client credentials, permissions, per-token rate limits, async jobs), plus
 * a loopback-only control API under {@code /simulator} for revoking clients, injecting faults and reading the
 * request log. Time comes from an injectable {@link java.time.Clock} so tests never wait for real time.
 */
package com.dxp.collector.genesys.simulator.api;
