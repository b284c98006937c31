package com.dxp.collector.genesys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.tenant.ExplicitOrigins;
import com.dxp.collector.tenant.TenantConnection;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A stored URL is checked again at every use: a client of a URL the configuration does not allow (any more) is
 * never built, so nothing is sent there, the token request included.
 */
class GenesysClientsTest {

    private static final TenantConnection STORED_WHILE_ALLOWED = new TenantConnection(UUID.randomUUID(),
            UUID.randomUUID(), URI.create("http://127.0.0.1:9480"), URI.create("http://127.0.0.1:9480"), "client",
            "s3cret-value");

    @Test
    void shouldRefuseAStoredUrlWhoseOriginIsNoLongerListed() {
        GenesysClients clients = new GenesysClients(GenesysConfig.defaults(), null,
                ExplicitOrigins.of(true, "http://127.0.0.1:9999"));

        GenesysEndpointRefusedException api = assertThrows(GenesysEndpointRefusedException.class,
                () -> clients.api(STORED_WHILE_ALLOWED, OrganizationsClient.class));
        GenesysEndpointRefusedException token = assertThrows(GenesysEndpointRefusedException.class,
                () -> clients.oauth(STORED_WHILE_ALLOWED.loginBaseUrl()));

        assertTrue(api.getMessage().contains("http://127.0.0.1:9480") && api.getMessage().contains("Nothing was sent"),
                api.getMessage());
        assertFalse(token.getMessage().contains("s3cret"), token.getMessage());
    }

    @Test
    void shouldRefuseExplicitUrlsWhenTheyAreOff() {
        GenesysClients clients = new GenesysClients(GenesysConfig.defaults(), null, ExplicitOrigins.NONE);

        assertThrows(GenesysEndpointRefusedException.class, () -> clients.oauth(URI.create("http://127.0.0.1:9480")));
        assertThrows(GenesysEndpointRefusedException.class,
                () -> clients.oauth(URI.create("https://login.mypurecloud.de.evil.test")));
    }
}
