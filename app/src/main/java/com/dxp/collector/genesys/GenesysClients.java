package com.dxp.collector.genesys;

import com.dxp.collector.tenant.ExplicitOrigins;
import com.dxp.collector.tenant.GenesysRegion;
import com.dxp.collector.tenant.TenantConfig;
import com.dxp.collector.tenant.TenantConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds and caches the MicroProfile REST clients of each tenant credential and base URL (URL from the tenant's
 * region or an allowed explicit origin, never from an annotation), with the configured timeouts, the bearer-token
 * filter and the default exception mapper off: the gateway wants every status as a response, to read its rate-limit headers. The cache
 * is bounded; evicted clients are closed.
 */
@ApplicationScoped
public class GenesysClients {

    private static final Logger LOG = Logger.getLogger(GenesysClients.class.getName());
    private static final int MAX_CLIENTS = 512;
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private record Key(UUID tenantId, UUID credentialId, URI baseUrl, Class<?> type) {
    }

    private final Map<Key, Object> clients = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            if (size() > MAX_CLIENTS) {
                close(eldest.getValue());
                return true;
            }
            return false;
        }
    };
    private final Map<URI, OAuthClient> oauthClients = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, OAuthClient> eldest) {
            if (size() > MAX_CLIENTS) {
                close(eldest.getValue());
                return true;
            }
            return false;
        }
    };
    private GenesysConfig config;
    private Instance<GenesysTokenProvider> tokens;
    private ExplicitOrigins origins;

    /** For CDI. */
    protected GenesysClients() {
    }

    /** The token provider comes lazily: it needs the token endpoint, which needs these clients. */
    @Inject
    public GenesysClients(GenesysConfig config, Instance<GenesysTokenProvider> tokens, TenantConfig tenants) {
        this(config, tokens, tenants.explicitOrigins());
    }

    GenesysClients(GenesysConfig config, Instance<GenesysTokenProvider> tokens, ExplicitOrigins origins) {
        this.config = config;
        this.tokens = tokens;
        this.origins = origins;
    }

    /** The {@code type} client of the connection's credential at its API base URL. */
    public synchronized <T> T api(TenantConnection connection, Class<T> type) {
        Key key = new Key(connection.tenantId(), connection.credentialId(), connection.apiBaseUrl(), type);
        Object client = clients.computeIfAbsent(key, k -> builder(connection.apiBaseUrl())
                .register(new BearerTokenFilter(tokens.get(), connection))
                .build(type));
        return type.cast(client);
    }

    /** The token endpoint client of a login base URL. */
    public synchronized OAuthClient oauth(URI loginBaseUrl) {
        return oauthClients.computeIfAbsent(loginBaseUrl, url -> builder(url).build(OAuthClient.class));
    }

    /** Closes and drops the clients of the connection's credential. */
    public synchronized void forget(TenantConnection connection) {
        clients.entrySet().removeIf(entry -> {
            boolean match = entry.getKey().tenantId().equals(connection.tenantId())
                    && entry.getKey().credentialId().equals(connection.credentialId());
            if (match) {
                close(entry.getValue());
            }
            return match;
        });
    }

    /**
     * A client of a base URL that may be called: a Genesys region's, or an explicit origin the configuration lists
     * now (a tenant's stored URL is checked again at every use, so a URL stored while allowed is refused once the
     * list no longer names it).
     *
     * @throws GenesysEndpointRefusedException any other URL; nothing is sent
     */
    private RestClientBuilder builder(URI baseUrl) {
        if (!allowed(baseUrl)) {
            throw new GenesysEndpointRefusedException("The base URL " + baseUrl + " may not be called: "
                    + origins.refusal(baseUrl).orElse("it is not allowed") + " Nothing was sent.");
        }
        return RestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE);
    }

    private boolean allowed(URI baseUrl) {
        return GenesysRegion.ALL.stream().anyMatch(r -> r.apiBaseUrl().equals(baseUrl)
                || r.loginBaseUrl().equals(baseUrl)) || origins.refusal(baseUrl).isEmpty();
    }

    private static void close(Object client) {
        if (client instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing a REST client failed", e);
            }
        }
    }
}
