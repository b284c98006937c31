package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import java.time.Instant;

/**
 * What an access token stands for: the org and client it was issued to and when it stops working.
 *
 * @param org       the org the token reads
 * @param client    the client that obtained it (its permissions apply)
 * @param expiresAt instant from which the token is refused
 */
record Grant(SimulatedOrg org, ClientSpec client, Instant expiresAt) {

    String clientId() {
        return client.clientId();
    }

    boolean has(String permission) {
        return client.permissions().contains(permission);
    }
}
