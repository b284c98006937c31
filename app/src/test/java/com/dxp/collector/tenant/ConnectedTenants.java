package com.dxp.collector.tenant;

import java.net.URI;
import java.util.UUID;

/** A {@link TenantService} for tests of code that calls Genesys: every tenant has a connection, to nowhere. */
public final class ConnectedTenants {

    private ConnectedTenants() {
    }

    public static TenantService any() {
        return new TenantService() {
            @Override
            public TenantConnection activeConnection(UUID tenantId) {
                return new TenantConnection(tenantId, UUID.randomUUID(), URI.create("http://127.0.0.1:9"),
                        URI.create("http://127.0.0.1:9"), "client", "secret");
            }
        };
    }
}
