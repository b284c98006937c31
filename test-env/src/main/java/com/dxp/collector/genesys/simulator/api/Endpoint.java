package com.dxp.collector.genesys.simulator.api;

/** One operation of the simulated API; refusals are thrown as {@link ApiException}. */
@FunctionalInterface
interface Endpoint {

    SimResponse handle(ApiCall call);
}
