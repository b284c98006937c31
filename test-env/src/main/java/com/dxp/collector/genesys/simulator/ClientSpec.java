package com.dxp.collector.genesys.simulator;

import java.util.Objects;
import java.util.Set;

/**
 * An OAuth client (grant type client credentials) of a simulated org, with the permissions its roles grant.
 *
 * @param clientId    the OAuth client id
 * @param secret      the client secret
 * @param permissions permission strings such as {@code analytics:conversationDetail:view}
 */
public record ClientSpec(String clientId, String secret, Set<String> permissions) {

    public ClientSpec {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        permissions = Set.copyOf(permissions);
    }

    @Override
    public String toString() {
        return "ClientSpec[clientId=" + clientId + ", permissions=" + permissions + "]";
    }
}
