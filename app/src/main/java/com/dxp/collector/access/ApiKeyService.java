package com.dxp.collector.access;

import com.dxp.collector.platform.Sha256;
import com.dxp.collector.platform.audit.AuditEvent;
import com.dxp.collector.platform.audit.AuditService;
import com.dxp.collector.platform.rest.ProblemException;
import com.dxp.collector.platform.security.KeyLookup;
import com.dxp.collector.tenant.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues, lists and revokes read keys, each one transaction with its audit entry, and tells the API's
 * authentication which key a bearer token is. A key is {@code dxp_} and 43 characters of 256 random bits: its plain
 * SHA-256 is as good as a password hash for a value nobody can guess.
 */
@ApplicationScoped
public class ApiKeyService implements KeyLookup {

    static final String PREFIX = "dxp_";
    /** Characters of the key kept readable: the prefix and 8 of its random part. */
    static final int SHOWN = PREFIX.length() + 8;

    @Inject
    ApiKeyRepository keys;

    @Inject
    TenantService tenants;

    @Inject
    AuditService audit;

    Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    /** Issues a key for the tenants named; the answer is the only place the key is ever shown. */
    @Transactional
    public IssuedApiKey issue(NewApiKey request, String admin, String correlationId) {
        Instant now = now();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw ProblemException.badRequest("expiresAt must be in the future, was " + request.expiresAt() + ".");
        }
        List<UUID> tenantIds = List.copyOf(new LinkedHashSet<>(request.tenantIds()));
        tenantIds.forEach(tenants::requireTenant);
        String key = newKey();
        ApiKeyView view = new ApiKeyView(UUID.randomUUID(), request.name().strip(), key.substring(0, SHOWN),
                tenantIds, now, admin, request.expiresAt(), null);
        keys.insert(view, Sha256.hex(key));
        audit.record(new AuditEvent(admin, "api-key.issued", "api-key", view.id().toString(), null, "issued read"
                + " key '" + view.name() + "' (" + view.prefix() + "...) for tenants " + tenantIds
                + (view.expiresAt() == null ? "" : ", until " + view.expiresAt()), correlationId));
        return new IssuedApiKey(key, view);
    }

    public List<ApiKeyView> list() {
        return keys.findAll();
    }

    public ApiKeyView get(UUID id) {
        return keys.find(id).orElseThrow(() -> ProblemException.notFound("No read key " + id + "."));
    }

    /** Revokes the key at once; revoking a revoked key changes nothing. */
    @Transactional
    public ApiKeyView revoke(UUID id, String admin, String correlationId) {
        ApiKeyView key = get(id);
        if (keys.revoke(id, now())) {
            audit.record(new AuditEvent(admin, "api-key.revoked", "api-key", id.toString(), null, "revoked read key '"
                    + key.name() + "' (" + key.prefix() + "...)", correlationId));
        }
        return get(id);
    }

    @Override
    public Optional<ReadKey> findUsable(String keyHash) {
        Instant now = clock.instant();
        return keys.findByHash(keyHash)
                .filter(k -> usable(k, now))
                .map(k -> new ReadKey(k.id(), new LinkedHashSet<>(k.tenantIds())));
    }

    /** Not revoked, not expired, and still reading a tenant (a key whose tenants were all purged reads nothing). */
    static boolean usable(ApiKeyView key, Instant now) {
        return key.revokedAt() == null && (key.expiresAt() == null || key.expiresAt().isAfter(now))
                && !key.tenantIds().isEmpty();
    }

    private String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
