package com.dxp.collector.genesys;

import com.dxp.collector.tenant.TenantConnection;
import java.net.URI;
import java.util.UUID;

/** Tenant connections for tests. */
final class Connections {

    private Connections() {
    }

    static TenantConnection any() {
        return new TenantConnection(UUID.randomUUID(), UUID.randomUUID(), URI.create("http://127.0.0.1:1"),
                URI.create("http://127.0.0.1:1"), "client", "s3cret-value");
    }
}
