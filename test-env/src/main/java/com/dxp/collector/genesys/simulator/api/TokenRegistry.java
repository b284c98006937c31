package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.ClientSpec;
import com.dxp.collector.genesys.simulator.SimulatedOrg;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OAuth side of the simulator: which clients exist, which are revoked, and the opaque tokens issued to them.
 * Tokens are random strings mapped to a {@link Grant}; expired ones are purged as new ones are issued, so the table
 * stays bounded by the number of live tokens.
 */
final class TokenRegistry {

    private static final Logger LOG = Logger.getLogger(TokenRegistry.class.getName());
    private static final int PURGE_THRESHOLD = 10_000;

    /** A registered client and its org. */
    record Registration(SimulatedOrg org, ClientSpec client) {
    }

    private final Map<String, Registration> clients = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    TokenRegistry(Collection<SimulatedOrg> orgs) {
        for (SimulatedOrg org : orgs) {
            for (ClientSpec client : org.spec().clients()) {
                if (clients.putIfAbsent(client.clientId(), new Registration(org, client)) != null) {
                    throw new IllegalArgumentException("client id used twice: " + client.clientId());
                }
            }
        }
    }

    /** The client with this id and secret, unless unknown, wrong or revoked. */
    Optional<Registration> authenticate(String clientId, String secret) {
        Registration registration = clients.get(clientId);
        if (registration == null || revoked.contains(clientId)) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(registration.client().secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(registration) : Optional.empty();
    }

    /** Issues a token for an authenticated client; returns the opaque token string. */
    String issue(String clientId, Instant now, Duration lifetime) {
        Registration registration = clients.get(clientId);
        if (tokens.size() > PURGE_THRESHOLD) {
            tokens.values().removeIf(grant -> !grant.expiresAt().isAfter(now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Grant(registration.org(), registration.client(), now.plus(lifetime)));
        LOG.log(Level.FINE, "issued a token to client {0} of org {1}",
                new Object[] {clientId, registration.org().spec().orgId()});
        return token;
    }

    /** The grant behind a token that is known, unexpired and of a client not revoked. */
    Optional<Grant> find(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        Grant grant = tokens.get(token);
        if (grant == null || !grant.expiresAt().isAfter(now) || revoked.contains(grant.clientId())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** Revokes a client: its tokens stop working and it gets no new ones until reinstated. */
    void revoke(String clientId) {
        revoked.add(clientId);
        tokens.values().removeIf(grant -> grant.clientId().equals(clientId));
        LOG.log(Level.INFO, "revoked client {0}", clientId);
    }

    void reinstate(String clientId) {
        revoked.remove(clientId);
    }

    boolean isKnownClient(String clientId) {
        return clients.containsKey(clientId);
    }
}
